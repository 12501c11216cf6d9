// The pool behind `analyze-crate --jobs`: every index runs exactly once per batch, a pool
// is reusable, one thread means the caller's thread in order, exceptions come back.
#include "util/ThreadPool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <stdexcept>

using namespace awaitscope;

TEST(ThreadPool, RunsEveryIndexOnceInEachOfSeveralBatches) {
    ThreadPool pool(3);
    EXPECT_EQ(pool.threads(), 3);
    for (size_t count : {0u, 1u, 7u, 1000u}) {
        std::vector<std::atomic<int>> runs(count);
        pool.forEach(count, [&](size_t i) { ++runs[i]; });
        for (size_t i = 0; i < count; ++i) EXPECT_EQ(runs[i].load(), 1) << "index " << i << " of " << count;
    }
}

TEST(ThreadPool, OneThreadRunsInOrderOnTheCallersThread) {
    ThreadPool pool(1);
    std::vector<size_t> order;
    std::set<std::thread::id> threads;
    pool.forEach(5, [&](size_t i) {
        order.push_back(i);
        threads.insert(std::this_thread::get_id());
    });
    EXPECT_EQ(order, (std::vector<size_t>{0, 1, 2, 3, 4}));
    EXPECT_EQ(threads, (std::set<std::thread::id>{std::this_thread::get_id()}));
}

TEST(ThreadPool, AnExceptionComesBackAfterTheOtherCallsRan) {
    ThreadPool pool(2);
    std::atomic<int> ran{0};
    EXPECT_THROW(pool.forEach(50,
                              [&](size_t i) {
                                  ++ran;
                                  if (i == 10) throw std::runtime_error("ten");
                              }),
                 std::runtime_error);
    EXPECT_EQ(ran.load(), 50);
    pool.forEach(3, [&](size_t) { ++ran; }); // still usable
    EXPECT_EQ(ran.load(), 53);
}
