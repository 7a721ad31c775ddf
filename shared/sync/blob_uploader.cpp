#include "sync/blob_uploader.h"

#include "util/error.h"

#include <algorithm>
#include <fstream>
#include <set>

namespace fv {
namespace {

constexpr std::size_t kMaxNamesPerQuestion = 1000; // the server's limit for /v1/blobs/missing

std::set<std::string> missingOnServer(BlobTransport& transport, const std::vector<LocalBlob>& blobs)
{
    std::set<std::string> missing;
    for (std::size_t first = 0; first < blobs.size(); first += kMaxNamesPerQuestion) {
        std::vector<std::string> names;
        for (std::size_t i = first; i < std::min(blobs.size(), first + kMaxNamesPerQuestion); ++i)
            names.push_back(blobs[i].sha256);
        for (auto& name : transport.missing(names)) missing.insert(std::move(name));
    }
    return missing;
}

std::string readChunk(const LocalBlob& blob, std::int64_t offset, std::int64_t length)
{
    std::ifstream file(blob.path, std::ios::binary);
    if (!file) throw Error(ErrorDomain::Store, "blob_file_missing", "the file of this photo is gone: " + blob.path);
    file.seekg(offset);
    std::string bytes(std::size_t(length), '\0');
    file.read(bytes.data(), length);
    if (file.gcount() != length)
        throw Error(ErrorDomain::Store, "blob_file_changed", "the file of this photo is shorter than recorded: " + blob.path);
    return bytes;
}

} // namespace

BlobUploader::BlobUploader(BlobQueue& queue, BlobTransport& transport, std::int64_t chunkBytes)
    : m_queue(queue), m_transport(transport), m_chunkBytes(std::max<std::int64_t>(chunkBytes, 1))
{
}

BlobUploadReport BlobUploader::uploadPending()
{
    BlobUploadReport report;
    const auto blobs = m_queue.pending();
    if (blobs.empty()) return report;
    const auto missing = missingOnServer(m_transport, blobs);
    for (const auto& blob : blobs) {
        if (!missing.count(blob.sha256)) { // another device, or an earlier run, already sent it
            m_queue.markUploaded(blob.sha256);
            ++report.uploaded;
            continue;
        }
        try {
            uploadOne(blob);
            ++report.uploaded;
        } catch (const Error& e) {
            if (e.domain() == ErrorDomain::Network) throw;
            m_queue.markFailed(blob.sha256, e.what());
            ++report.refused;
        }
    }
    return report;
}

void BlobUploader::uploadOne(const LocalBlob& blob)
{
    sendFrom(blob, m_transport.status(blob.sha256));
    m_queue.markUploaded(blob.sha256);
}

void BlobUploader::sendFrom(const LocalBlob& blob, BlobUploadState state)
{
    // Each answer says where the server stands; bounded so a confused server cannot loop us forever.
    const std::int64_t maxRequests = blob.size / m_chunkBytes + 8;
    for (std::int64_t request = 0; !state.complete && request < maxRequests; ++request) {
        const std::int64_t length = std::min(m_chunkBytes, blob.size - state.offset);
        if (length <= 0) break; // the server claims more bytes than the blob has: report, do not loop
        state = m_transport.upload(blob.sha256, state.offset, readChunk(blob, state.offset, length), blob.size);
    }
    if (!state.complete)
        throw Error(ErrorDomain::Protocol, "upload_stalled", "the server did not accept the photo " + blob.sha256);
}

} // namespace fv
