#include "visit/visit_editor.h"

#include "domain/customer.h"
#include "domain/project.h"
#include "domain/signature.h"
#include "domain/visit.h"
#include "i18n/rule_words.h"
#include "models/domain_labels.h"
#include "models/field_words.h"
#include "models/qt_dates.h"
#include "signature/signed_document_reads.h"
#include "store/local_store.h"
#include "store/record_writer.h"
#include "sync/transitions.h"
#include "util/error.h"
#include "visit/visit_form_rows.h"
#include "visit/visit_form_rules.h"
#include "visit/visit_labels.h"

#include <array>

using namespace fv;

struct VisitEditor::Loaded {
    Record<Visit> record;
    QString projectName;
    QString customerName;
    bool customerSigned = false;
};

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
template <NamedEnum E> QString wire(E value) { return q(std::string(toString(value))); }

// The text fields of the form, in VisitEditor::TextField order (Address is nested: see textOf).
constexpr std::array<std::string Visit::*, 6> kTextMembers{&Visit::runningStatus,  &Visit::needsChanges,
                                                           &Visit::potentialNeeds, &Visit::competitorInfo,
                                                           &Visit::customerWords,  &Visit::solvedOnSite};

template <class V> auto& textOf(V& visit, VisitEditor::TextField field)
{
    if (field == VisitEditor::TextField::Address) return visit.location.address;
    return visit.*kTextMembers.at(std::size_t(field) - 1);
}

bool hasValidCustomerSignature(LocalStore& store, const Record<Visit>& visit)
{
    for (const auto& s : app::readSignatures(store, visit.body.projectId, visit.meta.id))
        if (s.body.documentId == visit.meta.id && s.body.side == SignerSide::Customer && !s.body.voided) return true;
    return false;
}

std::unique_ptr<VisitEditor::Loaded> readVisit(LocalStore& store, const std::string& id)
{
    auto record = store.get<Visit>(id);
    if (!record || record->meta.deleted) return nullptr;
    auto loaded = std::make_unique<VisitEditor::Loaded>();
    if (const auto project = store.get<Project>(record->body.projectId)) {
        loaded->projectName = q(project->body.name);
        if (const auto customer = store.get<Customer>(project->body.customerId))
            loaded->customerName = q(customer->body.name);
    }
    loaded->customerSigned = hasValidCustomerSignature(store, *record);
    loaded->record = std::move(*record);
    return loaded;
}

// A save refused by the record's rules, in words: the fields it names.
QString refusalText(const ValidationError& e)
{
    QStringList fields;
    for (const auto& problem : e.problems()) fields << app::problemText(problem);
    return VisitEditor::tr("Not saved: %1").arg(fields.join(QStringLiteral("; ")));
}

} // namespace

VisitEditor::VisitEditor(QObject* parent) : QObject(parent)
{
    connect(&m_visitors, &PersonListModel::edited, this, &VisitEditor::saveVisitors);
    connect(&m_customerAttendees, &PersonListModel::edited, this, &VisitEditor::saveAttendees);
    connect(&m_satisfaction, &SatisfactionModel::edited, this, &VisitEditor::saveScores);
    connect(&m_languageWatch, &LanguageWatch::languageChanged, this, [this] {
        m_satisfaction.retranslate();
        emit visitChanged();
    });
}

VisitEditor::~VisitEditor() = default;

void VisitEditor::setStore(UserStore* store)
{
    if (m_store == store) return;
    if (m_store) disconnect(m_store->events(), nullptr, this, nullptr);
    m_store = store;
    if (m_store) connect(m_store->events(), &StoreEvents::recordsChanged, this, &VisitEditor::reload);
    emit storeChanged();
    reload();
}

void VisitEditor::setVisitId(const QString& id)
{
    if (m_visitId == id) return;
    m_visitId = id;
    emit visitIdChanged();
    setErrorString({});
    m_satisfaction.clearWaiting();
    reload();
}

void VisitEditor::reload()
{
    m_loaded.reset();
    if (m_store && m_store->isOpen() && !m_visitId.isEmpty()) {
        try {
            m_loaded = readVisit(*m_store->local(), m_visitId.toStdString());
            if (!m_loaded) setErrorString(tr("This visit is not on this tablet: it may have been deleted."));
        } catch (const std::exception& e) {
            setErrorString(tr("This visit could not be read from the tablet's database: %1").arg(q(e.what())));
        }
    }
    fillLists();
    emit visitChanged();
}

void VisitEditor::fillLists()
{
    m_visitors.setRows(m_loaded ? app::toPersonRows(m_loaded->record.body.visitors) : QList<PersonRow>{});
    m_customerAttendees.setRows(m_loaded ? app::toPersonRows(m_loaded->record.body.customerAttendees)
                                         : QList<PersonRow>{});
    m_satisfaction.setRows(m_loaded ? app::toSatisfactionRows(m_loaded->record.body.satisfaction)
                                    : QList<SatisfactionRow>{});
}

bool VisitEditor::change(const std::function<void(Visit&)>& edit)
{
    if (!m_loaded) return fail(tr("No visit is open."));
    if (isReadOnly()) return fail(tr("This visit has been submitted and can no longer be changed."));
    try {
        // Edit the latest stored copy, not the one on screen: a sync may have
        // brought the server's changes since, and they must not be written back.
        auto record = m_store->local()->get<Visit>(m_loaded->record.meta.id);
        if (!record) return fail(tr("This visit is not on this tablet: it may have been deleted."));
        edit(record->body);
        RecordWriter(*m_store).save(std::move(*record)); // the store's change signal reloads this editor
    } catch (const ValidationError& e) {
        reload(); // the form shows what is saved, not what was refused
        return fail(refusalText(e));
    } catch (const std::exception& e) {
        reload();
        return fail(tr("Not saved: %1").arg(q(e.what())));
    }
    setErrorString({});
    return true;
}

bool VisitEditor::fail(const QString& message)
{
    setErrorString(message);
    return false;
}

void VisitEditor::setErrorString(const QString& text)
{
    if (m_errorString == text) return;
    m_errorString = text;
    emit errorStringChanged();
}

bool VisitEditor::isLoaded() const { return m_loaded != nullptr; }
QString VisitEditor::projectId() const { return m_loaded ? q(m_loaded->record.body.projectId) : QString(); }
QString VisitEditor::projectName() const { return m_loaded ? m_loaded->projectName : QString(); }
QString VisitEditor::customerName() const { return m_loaded ? m_loaded->customerName : QString(); }
QString VisitEditor::kind() const { return m_loaded ? wire(m_loaded->record.body.kind) : QString(); }
QString VisitEditor::kindLabel() const { return app::labels::visitKind(kind()); }
QString VisitEditor::method() const { return m_loaded ? wire(m_loaded->record.body.method) : QString(); }
QString VisitEditor::methodLabel() const { return app::labels::visitMethod(method()); }
QString VisitEditor::status() const { return m_loaded ? wire(m_loaded->record.body.status) : QString(); }
QString VisitEditor::statusLabel() const { return app::labels::visitStatus(status()); }
QVariantList VisitEditor::kindOptions() const { return app::visitLabels::choices<VisitKind>(&app::labels::visitKind); }
QVariantList VisitEditor::methodOptions() const
{
    return app::visitLabels::choices<VisitMethod>(&app::labels::visitMethod);
}

void VisitEditor::setKind(const QString& wireName)
{
    const auto value = enumFromString<VisitKind>(wireName.toStdString());
    if (value && wireName != kind()) change([&](Visit& v) { v.kind = *value; });
}

void VisitEditor::setMethod(const QString& wireName)
{
    const auto value = enumFromString<VisitMethod>(wireName.toStdString());
    if (value && wireName != method()) change([&](Visit& v) { v.method = *value; });
}

QString VisitEditor::plannedText() const
{
    if (!m_loaded) return {};
    const Visit& v = m_loaded->record.body;
    return v.plannedStart ? app::momentText(app::toQDateTime(*v.plannedStart))
                          : app::dayText(app::toQDate(v.plannedDate));
}

QString VisitEditor::actualStartText() const
{
    const auto& at = m_loaded ? m_loaded->record.body.actualStart : std::nullopt;
    return at ? app::momentText(app::toQDateTime(*at)) : QString();
}

QString VisitEditor::actualEndText() const
{
    const auto& at = m_loaded ? m_loaded->record.body.actualEnd : std::nullopt;
    return at ? app::momentText(app::toQDateTime(*at)) : QString();
}

QString VisitEditor::text(TextField field) const
{
    return m_loaded ? q(textOf(m_loaded->record.body, field)) : QString();
}

void VisitEditor::setText(TextField field, const QString& value)
{
    if (!m_loaded || value == text(field)) return;
    change([&](Visit& v) { textOf(v, field) = value.toStdString(); });
}

QString VisitEditor::reviewComment() const { return m_loaded ? q(m_loaded->record.body.reviewComment) : QString(); }

void VisitEditor::saveVisitors(const QList<PersonRow>& rows)
{
    change([&](Visit& v) { v.visitors = app::toPersons(rows, v.visitors); });
}

void VisitEditor::saveAttendees(const QList<PersonRow>& rows)
{
    change([&](Visit& v) { v.customerAttendees = app::toPersons(rows, v.customerAttendees); });
}

void VisitEditor::saveScores(const QList<SatisfactionRow>& rows)
{
    change([&](Visit& v) { v.satisfaction = app::toScores(rows); });
}

bool VisitEditor::isReadOnly() const
{
    if (!m_loaded) return true;
    const auto s = m_loaded->record.body.status;
    return s == VisitStatus::Submitted || s == VisitStatus::Reviewed || s == VisitStatus::Cancelled;
}

bool VisitEditor::canStart() const { return m_loaded && m_loaded->record.body.status == VisitStatus::Planned; }

bool VisitEditor::canFinish() const { return m_loaded && m_loaded->record.body.status == VisitStatus::InProgress; }

bool VisitEditor::canSubmit() const
{
    return m_loaded && m_loaded->record.body.status != VisitStatus::Submitted &&
           canTransition(m_loaded->record.body.status, VisitStatus::Submitted);
}

bool VisitEditor::isSignatureNeeded() const { return m_loaded && app::needsCustomerSignature(m_loaded->record.body); }

QStringList VisitEditor::missingItems() const
{
    QStringList items;
    if (!m_loaded) return items;
    for (const auto& missing : app::missingForSubmit(m_loaded->record.body, m_loaded->customerSigned))
        items << app::visitLabels::missing(missing);
    return items;
}

bool VisitEditor::moveTo(const QString& toStatus, const std::function<void(Visit&)>& edit)
{
    const auto to = enumFromString<VisitStatus>(toStatus.toStdString());
    if (!m_loaded || !to || !canTransition(m_loaded->record.body.status, *to))
        return fail(tr("A visit that is %1 cannot become %2.").arg(statusLabel(), app::labels::visitStatus(toStatus)));
    return change([&](Visit& v) {
        v.status = *to;
        edit(v);
    });
}

bool VisitEditor::start()
{
    // A returned visit started again keeps the time it first started.
    return moveTo(QStringLiteral("in_progress"), [](Visit& v) {
        if (!v.actualStart) v.actualStart = Timestamp::now();
    });
}

bool VisitEditor::finish()
{
    return moveTo(QStringLiteral("completed"), [](Visit& v) { v.actualEnd = Timestamp::now(); });
}

bool VisitEditor::submit()
{
    const QStringList missing = missingItems();
    if (m_loaded && canSubmit() && !missing.isEmpty())
        return fail(tr("Not submitted yet. Still missing: %1.").arg(missing.join(tr("; "))));
    return moveTo(QStringLiteral("submitted"), [](Visit&) {});
}
