#include "visit/record_problem_model.h"

#include "i18n/rule_words.h"
#include "models/field_words.h"
#include "store/sync_ledger.h"

#include <QRegularExpression>

using namespace fv;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QString reasonText(const Refusal& refusal)
{
    QStringList parts;
    for (const auto& problem : refusal.problems) parts << app::problemText(problem);
    if (refusal.status == PushStatus::Forbidden)
        return RecordProblemModel::tr("You may not make this change (%1).").arg(parts.join(QStringLiteral("; ")));
    return RecordProblemModel::tr("The server found this change invalid: %1").arg(parts.join(QStringLiteral("; ")));
}

QString fieldsOf(const Refusal& refusal)
{
    QStringList names;
    for (const auto& [name, change] : refusal.mutation.changes) names << app::fieldLabel(q(name));
    return names.join(QStringLiteral(", "));
}

} // namespace

RecordProblemModel::RecordProblemModel(QObject* parent) : StoreListModel(parent) {}

void RecordProblemModel::setRecordId(const QString& id)
{
    if (m_recordId == id) return;
    m_recordId = id;
    emit recordIdChanged();
    refresh();
}

void RecordProblemModel::load(UserStore& store)
{
    if (m_recordId.isEmpty()) return;
    SyncLedger ledger(*store.local());
    const std::string id = m_recordId.toStdString();
    for (const auto& c : ledger.conflictsFor(id)) {
        // A settled conflict needs nothing more here: the record holds the decision, the sync problems page tells it.
        if (!c.isOpen()) continue;
        m_rows.append({false,
                       c.id,
                       q(c.conflict.field),
                       app::valueText(c.conflict.server),
                       app::valueText(c.conflict.device),
                       {}});
    }
    for (const auto& r : ledger.refusals()) {
        if (r.mutation.recordId != id) continue;
        m_rows.append({true, r.seq, fieldsOf(r), {}, {}, reasonText(r)});
    }
}

QStringList RecordProblemModel::conflictFields() const
{
    static const QRegularExpression element(QStringLiteral("\\[.*$"));
    QStringList fields;
    for (const auto& row : m_rows)
        if (!row.refusal) fields << QString(row.field).remove(element);
    fields.removeDuplicates();
    return fields;
}

int RecordProblemModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant RecordProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const RecordProblemRow& row = m_rows.at(index.row());
    switch (role) {
    case RefusalRole:
        return row.refusal;
    case FieldRole:
        return row.field;
    case FieldLabelRole:
        return row.refusal ? row.field : app::fieldLabel(row.field);
    case ServerValueRole:
        return row.serverValue;
    case DeviceValueRole:
        return row.deviceValue;
    case ReasonRole:
        return row.reason;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordProblemModel::roleNames() const
{
    return {{RefusalRole, "refusal"},         {FieldRole, "field"},
            {FieldLabelRole, "fieldLabel"},   {ServerValueRole, "serverValue"},
            {DeviceValueRole, "deviceValue"}, {ReasonRole, "reason"}};
}

void RecordProblemModel::dismiss(int row)
{
    if (row < 0 || row >= m_rows.size() || !store() || !store()->local()) return;
    SyncLedger ledger(*store()->local());
    const RecordProblemRow& problem = m_rows.at(row);
    if (problem.refusal)
        ledger.dismissRefusal(problem.key);
    else
        ledger.dismissConflict(problem.key);
    store()->events()->notifySynced(); // every list and count of sync problems re-reads
}
