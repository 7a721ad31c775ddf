#pragma once

#include <filesystem>

namespace fv::loadtest {

// A fresh folder under the system's temporary directory for one run: the server's data, its log,
// the ceiling's and the pulling device's databases. All on the same file system, so the figures
// compare like with like. Removed on destruction unless kept.
class ScratchDir {
public:
    explicit ScratchDir(bool keep);
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
    bool m_keep;
};

} // namespace fv::loadtest
