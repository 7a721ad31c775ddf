#include "sync/sync_problem_reads.h"

#include "i18n/rule_words.h"
#include "models/domain_labels.h"
#include "models/field_words.h"
#include "models/qt_dates.h"
#include "store/sync_ledger.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <optional>

namespace fv::app {
namespace {

// The translation context of the sync problems' wording.
class SyncProblemWords {
    Q_DECLARE_TR_FUNCTIONS(SyncProblemWords)

public:
    static QString headline(const Mutation& mutation)
    {
        switch (mutation.op) {
        case MutationOp::Create:
            return tr("Creating it");
        case MutationOp::Delete:
            return tr("Deleting it");
        case MutationOp::Update:
            break;
        }
        QStringList fields;
        for (const auto& [name, change] : mutation.changes) fields << fieldLabel(QString::fromStdString(name));
        fields.removeDuplicates();
        return tr("Changes to: %1").arg(fields.join(tr(", ")));
    }

    static QString reason(PushStatus status, const Problems& problems)
    {
        // The server's own words for a refusal by access say no more than this, in English only.
        if (status == PushStatus::Forbidden)
            return tr("You may not change this record: it is not in one of your projects, or your role does not "
                      "allow this change.");
        QStringList lines{tr("The server cannot accept it as it is:")};
        for (const auto& problem : problems) lines << problemText(problem);
        return lines.join(QLatin1Char('\n'));
    }

    static QString settlement(const QString& reviewer, const QString& when, const ConflictResolution& resolution)
    {
        QString decision;
        switch (resolution.choice) {
        case ConflictChoice::Server:
            decision = tr("kept the server's value");
            break;
        case ConflictChoice::Device:
            decision = tr("kept your value");
            break;
        case ConflictChoice::Value:
            decision = tr("a new value: %1").arg(valueText(resolution.value));
            break;
        }
        return tr("Resolved by %1 on %2: %3").arg(reviewer, when, decision);
    }

    static QString unknownRecord() { return tr("A record not on this tablet"); }
    static QString deletedField() { return tr("Deleted on one side, changed on the other"); }
    static QString signatureOf(const QString& signer) { return tr("Signature of %1").arg(signer); }
    static QString visitTitle(const QString& project, const QString& kind, const QString& day)
    {
        return tr("%1 · %2 · %3").arg(project, kind, day);
    }
};

QString text(const Json& fields, const char* key)
{
    const auto found = fields.find(key);
    return found != fields.end() && found->is_string() ? QString::fromStdString(found->get<std::string>()) : QString();
}

void opens(SyncProblemRow& row, const char* target, const QString& id)
{
    if (id.isEmpty()) return;
    row.openTarget = QString::fromLatin1(target);
    row.targetId = id;
}

// What a record is called and where tapping it goes, from its fields as the
// tablet holds them now. `type` is what the problem says, if it says.
void describeRecord(LocalStore& store, const std::string& id, std::optional<RecordType> type, SyncProblemRow& row)
{
    row.recordId = QString::fromStdString(id);
    const auto record = store.find(id);
    if (record) type = record->meta.type;
    row.recordTypeLabel = type ? labels::recordType(QString::fromStdString(std::string(toString(*type))))
                               : SyncProblemWords::unknownRecord();
    row.recordTitle = row.recordTypeLabel;
    if (!record || !type) return; // refused before the server ever had it, and gone here too
    const Json& f = record->fields;
    opens(row, "project", *type == RecordType::Project ? row.recordId : text(f, "projectId"));

    QString title;
    switch (*type) {
    case RecordType::Visit: {
        const auto project = store.find(text(f, "projectId").toStdString());
        title = SyncProblemWords::visitTitle(project ? text(project->fields, "name") : QString(),
                                             labels::visitKind(text(f, "kind")),
                                             dayText(QDate::fromString(text(f, "plannedDate"), Qt::ISODate)));
        opens(row, "visit", row.recordId);
        break;
    }
    case RecordType::Signature:
        title = SyncProblemWords::signatureOf(text(f, "signerName"));
        if (text(f, "documentType") == QLatin1String("visit")) opens(row, "visit", text(f, "documentId"));
        break;
    case RecordType::Attachment:
        title = text(f, "caption").isEmpty() ? text(f, "fileName") : text(f, "caption");
        break;
    case RecordType::Issue:
    case RecordType::Acceptance:
        title = text(f, "title");
        break;
    case RecordType::Project:
    case RecordType::Customer:
        title = text(f, "name");
        break;
    }
    if (!title.isEmpty()) row.recordTitle = title;
}

SyncProblemRow refusalRow(LocalStore& store, const Refusal& refusal)
{
    SyncProblemRow row;
    row.kind = SyncProblemRow::Kind::Refusal;
    row.key = refusal.seq;
    describeRecord(store, refusal.mutation.recordId, refusal.mutation.recordType, row);
    row.headline = SyncProblemWords::headline(refusal.mutation);
    row.reason = SyncProblemWords::reason(refusal.status, refusal.problems);
    row.at = toQDateTime(refusal.refusedAt);
    return row;
}

// The reviewer as the record's project team names them, or by user id when not on the team.
QString reviewerName(LocalStore& store, const std::string& recordId, const std::string& userId)
{
    const auto record = store.find(recordId);
    const auto projectId = !record                                    ? std::string()
                           : record->meta.type == RecordType::Project ? recordId
                                                                      : text(record->fields, "projectId").toStdString();
    const auto project = projectId.empty() ? std::nullopt : store.get<Project>(projectId);
    return QString::fromStdString(project ? project->body.memberName(userId) : userId);
}

SyncProblemRow conflictRow(LocalStore& store, const RecordConflict& conflict)
{
    SyncProblemRow row;
    row.kind = SyncProblemRow::Kind::Conflict;
    row.key = conflict.id;
    describeRecord(store, conflict.recordId, std::nullopt, row);
    const auto& field = conflict.conflict.field;
    row.headline = field == "_deleted" ? SyncProblemWords::deletedField() : fieldLabel(QString::fromStdString(field));
    row.serverValue = valueText(conflict.conflict.server);
    row.deviceValue = valueText(conflict.conflict.device);
    row.at = toQDateTime(conflict.reportedAt);
    if (const auto& resolution = conflict.resolution) {
        row.settled = true;
        row.settlement = SyncProblemWords::settlement(reviewerName(store, conflict.recordId, resolution->by),
                                                      momentText(toQDateTime(resolution->at)), *resolution);
    }
    return row;
}

} // namespace

std::vector<SyncProblemRow> readSyncProblems(LocalStore& store)
{
    SyncLedger ledger(store);
    std::vector<SyncProblemRow> rows;
    for (const auto& refusal : ledger.refusals()) rows.push_back(refusalRow(store, refusal));
    for (const auto& conflict : ledger.conflicts()) rows.push_back(conflictRow(store, conflict));
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.at > b.at; });
    return rows;
}

} // namespace fv::app
