#include "util/ProcessRunner.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace awaitscope {

namespace {

using Clock = std::chrono::steady_clock;

// The child's environment: ours, minus what is unset, plus what is set.
std::vector<std::string> childEnvironment(const ProcessRequest& request) {
    std::map<std::string, std::string> vars;
    for (char** e = environ; e && *e; ++e) {
        const std::string entry = *e;
        const size_t eq = entry.find('=');
        if (eq != std::string::npos) vars[entry.substr(0, eq)] = entry.substr(eq + 1);
    }
    for (const std::string& name : request.unsetEnvironment) vars.erase(name);
    for (const auto& [name, value] : request.setEnvironment) vars[name] = value;
    std::vector<std::string> out;
    for (const auto& [name, value] : vars) out.push_back(name + "=" + value);
    return out;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (std::string& s : strings) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// Reads what is available on `fd` into `sink`; false at end of file.
bool drain(int fd, std::string& sink) {
    char buffer[65536];
    for (;;) {
        const ssize_t n = read(fd, buffer, sizeof buffer);
        if (n > 0) {
            sink.append(buffer, static_cast<size_t>(n));
            continue;
        }
        if (n == 0) return false;
        return errno == EAGAIN || errno == EINTR;
    }
}

struct Pipes {
    int out[2] = {-1, -1};
    int err[2] = {-1, -1};
    bool open() { return pipe(out) == 0 && pipe(err) == 0; }
    void closeAll() {
        for (int* p : {out, err})
            for (int i = 0; i < 2; ++i)
                if (p[i] >= 0) close(p[i]), p[i] = -1;
    }
};

pid_t spawnChild(const ProcessRequest& request, Pipes& pipes, std::string& error) {
    const auto program = findOnPath(request.argv.front());
    if (!program) {
        error = request.argv.front() + ": not found on PATH";
        return -1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipes.out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, pipes.err[1], STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    if (!request.workingDirectory.empty())
        posix_spawn_file_actions_addchdir_np(&actions, request.workingDirectory.c_str());
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP); // its own group, killed as one
    posix_spawnattr_setpgroup(&attributes, 0);
    std::vector<std::string> args = request.argv, env = childEnvironment(request);
    auto argvPointers = pointers(args), envPointers = pointers(env);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, program->c_str(), &actions, &attributes, argvPointers.data(), envPointers.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (rc != 0) {
        error = request.argv.front() + ": " + std::strerror(rc);
        return -1;
    }
    return pid;
}

// Collects output until the child closes both pipes, or the limit / cancellation hits.
void collect(const ProcessRequest& request, pid_t pid, Pipes& pipes, ProcessResult& result, Clock::time_point start) {
    fcntl(pipes.out[0], F_SETFL, O_NONBLOCK);
    fcntl(pipes.err[0], F_SETFL, O_NONBLOCK);
    bool outOpen = true, errOpen = true;
    while (outOpen || errOpen) {
        pollfd fds[2] = {{pipes.out[0], POLLIN, 0}, {pipes.err[0], POLLIN, 0}};
        poll(fds, 2, 100);
        if (outOpen && fds[0].revents) outOpen = drain(pipes.out[0], result.out);
        if (errOpen && fds[1].revents) errOpen = drain(pipes.err[0], result.err);
        const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        result.cancelled = request.cancelled && request.cancelled->load();
        result.timedOut = elapsed > request.timeLimitSeconds;
        if (result.cancelled || result.timedOut) {
            kill(-pid, SIGKILL);
            return;
        }
    }
}

} // namespace

std::optional<std::string> findOnPath(const std::string& program) {
    auto executable = [](const std::string& path) {
        struct stat st {};
        return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(path.c_str(), X_OK) == 0;
    };
    if (program.find('/') != std::string::npos)
        return executable(program) ? std::optional<std::string>(program) : std::nullopt;
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    size_t begin = 0;
    while (begin <= dirs.size()) {
        const size_t end = std::min(dirs.find(':', begin), dirs.size());
        const std::string dir = dirs.substr(begin, end - begin);
        const std::string candidate = (dir.empty() ? "." : dir) + "/" + program;
        if (executable(candidate)) return candidate;
        begin = end + 1;
    }
    return std::nullopt;
}

ProcessResult runProcess(const ProcessRequest& request) {
    ProcessResult result;
    if (request.argv.empty()) {
        result.startError = "no program given";
        return result;
    }
    const auto start = Clock::now();
    Pipes pipes;
    if (!pipes.open()) {
        result.startError = std::string("cannot create pipes: ") + std::strerror(errno);
        pipes.closeAll();
        return result;
    }
    const pid_t pid = spawnChild(request, pipes, result.startError);
    close(pipes.out[1]), pipes.out[1] = -1;
    close(pipes.err[1]), pipes.err[1] = -1;
    if (pid > 0) {
        result.started = true;
        collect(request, pid, pipes, result, start);
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (WIFEXITED(status)) result.exitCode = WEXITSTATUS(status);
        if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    }
    pipes.closeAll();
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

std::string ProcessResult::endDescription(double limit) const {
    if (!started) return startError;
    if (cancelled) return "cancelled";
    if (timedOut) return "timed out after " + std::to_string(static_cast<int>(limit)) + " s";
    if (signal != 0) return std::string("killed by signal ") + std::to_string(signal) + " (" + strsignal(signal) + ")";
    return "exit code " + std::to_string(exitCode);
}

} // namespace awaitscope
