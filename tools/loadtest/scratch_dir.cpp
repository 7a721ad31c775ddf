#include "scratch_dir.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <stdlib.h>
#include <string>

namespace fv::loadtest {

ScratchDir::ScratchDir(bool keep) : m_keep(keep)
{
    std::string pattern = (std::filesystem::temp_directory_path() / "fieldvisit-loadtest-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary folder " + pattern + ": " + std::strerror(errno));
    m_path = pattern;
}

ScratchDir::~ScratchDir()
{
    if (m_keep) return;
    std::error_code ignored; // a folder left behind in /tmp is no reason to fail a finished run
    std::filesystem::remove_all(m_path, ignored);
}

} // namespace fv::loadtest
