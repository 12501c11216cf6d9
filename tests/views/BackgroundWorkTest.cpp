// BackgroundWork runs work on threads of its own and hands results back to the GUI thread;
// its destructor waits for the threads it started, so nothing reports to a dead object.
#include "BackgroundWork.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace awaitscope;

namespace {

/// Processes events until `done` or five seconds pass.
template <class Done> bool processUntil(Done done) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 5000) QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

} // namespace

TEST(BackgroundWork, RunsTheWorkElsewhereAndDeliversItsResultOnTheGuiThread) {
    BackgroundWork work(nullptr);
    QThread* workThread = nullptr;
    QThread* doneThread = nullptr;
    std::string delivered;
    work.run(
        [&workThread] {
            workThread = QThread::currentThread();
            return std::string("laid out");
        },
        [&](std::string result) {
            doneThread = QThread::currentThread();
            delivered = std::move(result);
        });
    ASSERT_TRUE(processUntil([&] { return !delivered.empty() && work.running() == 0; }));
    EXPECT_EQ(delivered, "laid out");
    EXPECT_EQ(doneThread, QCoreApplication::instance()->thread());
    EXPECT_NE(workThread, doneThread);
}

TEST(BackgroundWork, PostsFromTheWorkArriveInOrderBeforeTheResult) {
    BackgroundWork work(nullptr);
    std::vector<int> seen;
    work.run(
        [&work, &seen] {
            for (int step = 1; step <= 3; ++step) work.post([&seen, step] { seen.push_back(step); });
            return 4;
        },
        [&seen](int last) { seen.push_back(last); });
    ASSERT_TRUE(processUntil([&] { return seen.size() == 4; }));
    EXPECT_EQ(seen, (std::vector<int>{1, 2, 3, 4}));
}

TEST(BackgroundWork, DestroyingItWaitsForTheThreadsAndDropsTheirResults) {
    std::atomic<bool> cancel{false};
    std::atomic<bool> finished{false};
    bool delivered = false;
    auto* work = new BackgroundWork(nullptr);
    work->run(
        [&] {
            while (!cancel.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            finished = true;
            return 0;
        },
        [&delivered](int) { delivered = true; });
    EXPECT_EQ(work->running(), 1u);
    cancel = true; // as an owner does before deleting it
    delete work;
    EXPECT_TRUE(finished.load()); // joined, not abandoned
    QCoreApplication::processEvents();
    EXPECT_FALSE(delivered);
}
