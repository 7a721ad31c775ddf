#pragma once

#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace fv::loadtest {

// Runs work(i) for i in [0, count) on a thread each and joins them all. The first exception any
// of them threw is rethrown here once every thread has finished, so no thread outlives a failure.
template <class Work>
void runOnThreads(int count, Work work)
{
    std::mutex mutex;
    std::exception_ptr firstError;
    {
        std::vector<std::jthread> threads;
        for (int i = 0; i < count; ++i)
            threads.emplace_back([&, i] {
                try {
                    work(i);
                } catch (...) {
                    const std::lock_guard lock(mutex);
                    if (!firstError) firstError = std::current_exception();
                }
            });
    }
    if (firstError) std::rethrow_exception(firstError);
}

} // namespace fv::loadtest
