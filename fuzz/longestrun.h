#pragma once

// Times every input of a fuzz target and prints a line whenever one takes
// longer than any before it, so fuzz/run can report the longest run in
// milliseconds (libFuzzer's own stat::slowest_unit_time_sec is whole seconds).
// The first input is not counted: it pays for Qt's lazily built tables.
// CPU time of the thread, not wall time: another process taking the core
// (the other fuzzer, a compile) does not make an input look slow.

#include <cstddef>
#include <cstdio>
#include <ctime>

class LongestRun
{
public:
    explicit LongestRun(std::size_t size)
        : m_size(size)
        , m_start(cpuMs())
    {
    }
    ~LongestRun()
    {
        static double longestMs = 0;
        static bool first = true;
        const double ms = cpuMs() - m_start;
        if (first) {
            first = false;
            return;
        }
        if (ms > longestMs) {
            longestMs = ms;
            std::fprintf(stderr, "longest run: %.3f ms CPU (%zu bytes)\n", ms, m_size);
        }
    }
    LongestRun(const LongestRun &) = delete;
    LongestRun &operator=(const LongestRun &) = delete;

private:
    static double cpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    }

    std::size_t m_size;
    double m_start;
};
