#include "bench_store.h"

#include "app/demo_data.h"
#include "models/qt_dates.h"
#include "settings/app_settings.h"
#include "store/local_store.h"
#include "store/sync_ledger.h"
#include "util/sha256.h"
#include "util/uuid.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

namespace {

const QString kUser = QStringLiteral("liuyang");
constexpr int kPageSize = 1000; // records per applied page, as the app's pull does

// Where nothing listens: the app starts offline, as at a customer site.
const QString kOfflineServer = QStringLiteral("http://127.0.0.1:9");

class PageWriter {
public:
    explicit PageWriter(fv::LocalStore& store) : m_ledger(store) {}
    ~PageWriter() { flush(); }

    template <class Body> std::string add(const Body& body)
    {
        fv::RawRecord record;
        const auto now = fv::Timestamp::now();
        record.meta = {fv::newUuidV7(), Body::kType, 1, now, now, "zhangwei", "server", false};
        record.fields = fv::encode(body);
        const std::string id = record.meta.id;
        m_page.records.push_back(std::move(record));
        if (m_page.records.size() == kPageSize) flush();
        return id;
    }

    void flush()
    {
        if (m_page.records.empty()) return;
        m_cursor += std::int64_t(m_page.records.size());
        m_page.nextCursor = m_cursor;
        m_ledger.applyPage(m_page);
        m_page.records.clear();
    }

private:
    fv::SyncLedger m_ledger;
    fv::PullResponse m_page;
    std::int64_t m_cursor = 1000000; // after the demo day's page
};

std::vector<std::string> projectIds(fv::LocalStore& store)
{
    std::vector<std::string> ids;
    for (const auto& visit : store.visits({})) {
        if (std::find(ids.begin(), ids.end(), visit.body.projectId) == ids.end()) ids.push_back(visit.body.projectId);
    }
    return ids;
}

fv::Visit historyVisit(int i, const std::vector<std::string>& projects, QDate today)
{
    using S = fv::VisitStatus;
    // Three years of a four-person team's visits and a month ahead: the tablet
    // holds its projects' whole history, of which a quarter is this user's.
    const int dayOffset = 30 - (i % 1125);
    fv::Visit v;
    v.projectId = projects[std::size_t(i) % projects.size()];
    v.kind = fv::VisitKind(i % 8);
    v.method = fv::VisitMethod(i % 4);
    v.status = dayOffset > 0 ? S::Planned : (i % 5 == 0 ? S::Submitted : S::Reviewed);
    v.assignee = i % 4 == 0 ? kUser.toStdString() : "teammate-" + std::to_string(i % 4);
    v.plannedDate = fv::app::fromQDate(today.addDays(dayOffset));
    if (v.status != S::Planned) {
        const QDateTime start(today.addDays(dayOffset), QTime(9, 30));
        v.actualStart = fv::Timestamp{start.toMSecsSinceEpoch()};
        v.actualEnd = fv::Timestamp{start.addSecs(2 * 3600).toMSecsSinceEpoch()};
    }
    v.location.address = "上海市浦东新区张江路 88 号";
    v.runningStatus = "系统运行平稳，日均处理订单约 1200 单，夜间批处理按时完成。";
    v.customerWords = "希望下个季度能增加移动端审批功能。";
    return v;
}

struct JpegFile {
    std::string sha256;
    std::int64_t size = 0;
};

// A JPEG of `size` with something photo-like in it, named by its hash under `dir`.
JpegFile writeJpeg(const QString& dir, QSize size, int seed)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, size.width(), size.height());
    sky.setColorAt(0, QColor::fromHsv(seed * 37 % 360, 90, 230));
    sky.setColorAt(1, QColor::fromHsv(seed * 71 % 360, 160, 90));
    painter.fillRect(image.rect(), sky);
    painter.setPen(Qt::white);
    painter.setFont(QFont(QStringLiteral("sans"), size.height() / 12));
    painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("现场照片 %1").arg(seed));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    const std::string hash = fv::sha256Hex(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    QFile file(dir + QLatin1Char('/') + QString::fromStdString(hash) + QStringLiteral(".jpg"));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + file.fileName().toStdString());
    return {hash, bytes.size()};
}

void addPhotos(fv::LocalStore& store, PageWriter& page, const std::vector<fv::Record<fv::Visit>>& visits, int count,
               const QString& blobDir)
{
    for (int i = 0; i < count; ++i) {
        const auto& owner = visits[std::size_t(i) % visits.size()];
        const auto photo = writeJpeg(blobDir, {1024, 768}, i);
        const auto thumbnail = writeJpeg(blobDir, {320, 240}, i);
        for (const auto& blob : {photo, thumbnail}) {
            const auto path = blobDir + QLatin1Char('/') + QString::fromStdString(blob.sha256) + ".jpg";
            store.blobs().add({blob.sha256, path.toStdString(), blob.size, "image/jpeg", {}}, fv::Timestamp::now());
            store.blobs().markUploaded(blob.sha256);
        }
        fv::Attachment attachment;
        attachment.projectId = owner.body.projectId;
        attachment.ownerId = owner.meta.id;
        attachment.sha256 = photo.sha256;
        attachment.sizeBytes = photo.size;
        attachment.mimeType = "image/jpeg";
        attachment.fileName = "IMG_" + std::to_string(1000 + i) + ".jpg";
        attachment.caption = "配电柜现场照片";
        attachment.takenAt = fv::Timestamp::now();
        attachment.thumbnailSha256 = thumbnail.sha256;
        page.add(attachment);
    }
}

} // namespace

void writeBenchStore(const AppPaths& paths, const BenchStoreSize& size)
{
    AppSettings settings(paths);
    const auto database = paths.databaseFor(kUser);
    QDir().mkpath(QFileInfo(database).absolutePath());
    fv::LocalStore store(database.toStdString(), {kUser.toStdString(), settings.deviceId().toStdString()});
    const QDate today = QDate::currentDate();
    fv::app::writeDemoData(store, kUser.toStdString(), today);
    const auto projects = projectIds(store);

    PageWriter page(store);
    for (int i = 0; i < size.visits; ++i) page.add(historyVisit(i, projects, today));
    page.flush();

    const QString blobDir = paths.dataDir + QStringLiteral("/blobs");
    QDir().mkpath(blobDir);
    addPhotos(store, page, store.visits({.limit = size.photos}), size.photos, blobDir);
    page.flush();

    settings.rememberSignIn({kOfflineServer, QStringLiteral("bench-token"), QDateTime::currentDateTimeUtc().addDays(30),
                             kUser, QStringLiteral("刘洋"), QStringLiteral("field_staff")});
}
