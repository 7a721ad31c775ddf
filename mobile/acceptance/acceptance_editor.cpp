#include "acceptance/acceptance_editor.h"

#include "models/domain_labels.h"
#include "models/qt_dates.h"
#include "store/record_writer.h"
#include "store/store_queries.h"
#include "util/uuid.h"

#include <QLoggingCategory>
#include <algorithm>
#include <exception>
#include <optional>

Q_LOGGING_CATEGORY(lcAcceptance, "fv.acceptance")

using namespace fv;

struct AcceptanceEditor::Report {
    Record<Acceptance> record;
};

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
std::string str(const QString& text) { return text.trimmed().toStdString(); }

// An ISO date as typed; empty clears it. False when the text is no date.
bool parseDate(const QString& text, std::optional<Date>& out)
{
    if (text.trimmed().isEmpty()) {
        out.reset();
        return true;
    }
    out = Date::parse(str(text));
    return out.has_value();
}

template <class Item> bool validRow(const std::vector<Item>& items, int row)
{
    return row >= 0 && std::size_t(row) < items.size();
}

std::vector<DeliverableRow> deliverableRows(const Acceptance& acceptance)
{
    std::vector<DeliverableRow> rows;
    for (const auto& d : acceptance.deliverables)
        rows.push_back({qs(d.id), qs(d.content), d.deliveredOn ? app::toQDate(*d.deliveredOn) : QDate(), qs(d.method),
                        d.accepted});
    return rows;
}

std::vector<RectificationRow> rectificationRows(const Acceptance& acceptance)
{
    std::vector<RectificationRow> rows;
    for (const auto& r : acceptance.rectifications)
        rows.push_back({qs(r.id), qs(r.description), r.dueDate ? app::toQDate(*r.dueDate) : QDate(), r.done});
    return rows;
}

} // namespace

AcceptanceEditor::AcceptanceEditor(QObject* parent) : QObject(parent)
{
    connect(&m_languageWatch, &LanguageWatch::languageChanged, this, &AcceptanceEditor::changed);
}

AcceptanceEditor::~AcceptanceEditor() = default;

void AcceptanceEditor::setStore(UserStore* store)
{
    if (m_store == store) return;
    if (m_store) disconnect(m_store->events(), nullptr, this, nullptr);
    m_store = store;
    // Sync may bring the back office's edits, or void a signature: show what is stored.
    if (m_store) connect(m_store->events(), &StoreEvents::recordsChanged, this, &AcceptanceEditor::reload);
    emit storeChanged();
    reload();
}

bool AcceptanceEditor::isLoaded() const { return m_report != nullptr; }
QString AcceptanceEditor::acceptanceId() const { return m_report ? qs(m_report->record.meta.id) : QString(); }
QString AcceptanceEditor::projectId() const { return m_report ? qs(m_report->record.body.projectId) : QString(); }
QString AcceptanceEditor::title() const { return m_report ? qs(m_report->record.body.title) : QString(); }

QString AcceptanceEditor::customerOpinion() const
{
    return m_report ? qs(m_report->record.body.customerOpinion) : QString();
}

QString AcceptanceEditor::result() const
{
    return m_report ? qs(std::string(toString(m_report->record.body.result))) : QString();
}

QString AcceptanceEditor::resultLabel() const { return m_report ? app::labels::acceptanceResult(result()) : QString(); }

bool AcceptanceEditor::canPass() const
{
    if (!m_report) return false;
    const auto& body = m_report->record.body;
    return std::all_of(body.deliverables.begin(), body.deliverables.end(), [](const auto& d) { return d.accepted; }) &&
           std::none_of(body.rectifications.begin(), body.rectifications.end(), [](const auto& r) { return !r.done; });
}

bool AcceptanceEditor::open(const QString& acceptanceId)
{
    setErrorString({});
    std::optional<Record<Acceptance>> record;
    try {
        if (m_store && m_store->isOpen()) record = m_store->local()->get<Acceptance>(acceptanceId.toStdString());
    } catch (const std::exception& e) {
        qCWarning(lcAcceptance) << "cannot read acceptance" << acceptanceId << e.what();
    }
    if (!record || record->meta.deleted) {
        m_report.reset();
        show();
        setErrorString(tr("This acceptance report is not on this tablet."));
        return false;
    }
    m_report = std::make_unique<Report>(Report{std::move(*record)});
    show();
    return true;
}

bool AcceptanceEditor::create(const QString& projectId)
{
    setErrorString({});
    if (!m_store || !m_store->isOpen()) {
        setErrorString(tr("Sign in first: reports are kept in your database on this tablet."));
        return false;
    }
    try {
        const auto names = app::StoreQueries(*m_store->local()).projectNames();
        const auto project = names.find(projectId.toStdString());
        if (project == names.end()) {
            setErrorString(tr("This project is not on this tablet."));
            return false;
        }
        Record<Acceptance> record;
        record.meta.type = RecordType::Acceptance;
        record.body.projectId = project->first;
        record.body.title = str(tr("%1 acceptance").arg(qs(project->second.project)));
        m_report = std::make_unique<Report>(Report{RecordWriter(*m_store).save(record)});
    } catch (const std::exception& e) {
        setErrorString(tr("The report could not be saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    show();
    return true;
}

bool AcceptanceEditor::setTitle(const QString& title)
{
    return change([&](Acceptance& a) {
        if (title.trimmed().isEmpty()) return tr("The report needs a title.");
        a.title = str(title);
        return QString();
    });
}

bool AcceptanceEditor::setCustomerOpinion(const QString& opinion)
{
    return change([&](Acceptance& a) {
        a.customerOpinion = str(opinion);
        return QString();
    });
}

bool AcceptanceEditor::setResult(const QString& result)
{
    return change([&](Acceptance& a) {
        const auto value = enumFromString<AcceptanceResult>(result.toStdString());
        if (!value) return tr("Unknown result: %1").arg(result);
        if (*value == AcceptanceResult::Passed && !canPass())
            return tr("The acceptance can pass only when every deliverable is accepted and every rectification "
                      "item is done.");
        a.result = *value;
        return QString();
    });
}

bool AcceptanceEditor::addDeliverable(const QString& content, const QString& deliveredOn, const QString& method)
{
    return change([&](Acceptance& a) {
        Deliverable d{newUuidV7(), str(content), std::nullopt, str(method), false};
        if (d.content.empty()) return tr("Describe the deliverable first.");
        if (!parseDate(deliveredOn, d.deliveredOn)) return tr("Write the date as year-month-day, e.g. 2026-11-29.");
        a.deliverables.push_back(std::move(d));
        if (a.result == AcceptanceResult::Passed) a.result = AcceptanceResult::Pending; // not all accepted any more
        return QString();
    });
}

bool AcceptanceEditor::editDeliverable(int row, const QString& content, const QString& deliveredOn,
                                       const QString& method)
{
    return change([&](Acceptance& a) {
        if (!validRow(a.deliverables, row)) return tr("That deliverable is no longer on the list.");
        auto& d = a.deliverables[std::size_t(row)];
        if (content.trimmed().isEmpty()) return tr("Describe the deliverable first.");
        if (!parseDate(deliveredOn, d.deliveredOn)) return tr("Write the date as year-month-day, e.g. 2026-11-29.");
        d.content = str(content);
        d.method = str(method);
        return QString();
    });
}

bool AcceptanceEditor::setDeliverableAccepted(int row, bool accepted)
{
    return change([&](Acceptance& a) {
        if (!validRow(a.deliverables, row)) return tr("That deliverable is no longer on the list.");
        a.deliverables[std::size_t(row)].accepted = accepted;
        if (!accepted && a.result == AcceptanceResult::Passed) a.result = AcceptanceResult::Pending;
        return QString();
    });
}

bool AcceptanceEditor::removeDeliverable(int row)
{
    return change([&](Acceptance& a) {
        if (!validRow(a.deliverables, row)) return tr("That deliverable is no longer on the list.");
        a.deliverables.erase(a.deliverables.begin() + row);
        return QString();
    });
}

bool AcceptanceEditor::addRectification(const QString& description, const QString& dueDate)
{
    return change([&](Acceptance& a) {
        RectificationItem r{newUuidV7(), str(description), std::nullopt, false};
        if (r.description.empty()) return tr("Describe what must be fixed first.");
        if (!parseDate(dueDate, r.dueDate)) return tr("Write the date as year-month-day, e.g. 2026-11-29.");
        a.rectifications.push_back(std::move(r));
        if (a.result == AcceptanceResult::Passed) a.result = AcceptanceResult::NeedsRectification;
        return QString();
    });
}

bool AcceptanceEditor::editRectification(int row, const QString& description, const QString& dueDate)
{
    return change([&](Acceptance& a) {
        if (!validRow(a.rectifications, row)) return tr("That rectification item is no longer on the list.");
        auto& r = a.rectifications[std::size_t(row)];
        if (description.trimmed().isEmpty()) return tr("Describe what must be fixed first.");
        if (!parseDate(dueDate, r.dueDate)) return tr("Write the date as year-month-day, e.g. 2026-11-29.");
        r.description = str(description);
        return QString();
    });
}

bool AcceptanceEditor::setRectificationDone(int row, bool done)
{
    return change([&](Acceptance& a) {
        if (!validRow(a.rectifications, row)) return tr("That rectification item is no longer on the list.");
        a.rectifications[std::size_t(row)].done = done;
        if (!done && a.result == AcceptanceResult::Passed) a.result = AcceptanceResult::NeedsRectification;
        return QString();
    });
}

bool AcceptanceEditor::removeRectification(int row)
{
    return change([&](Acceptance& a) {
        if (!validRow(a.rectifications, row)) return tr("That rectification item is no longer on the list.");
        a.rectifications.erase(a.rectifications.begin() + row);
        return QString();
    });
}

bool AcceptanceEditor::change(const Edit& edit)
{
    setErrorString({});
    if (!m_report || !m_store || !m_store->isOpen()) {
        setErrorString(tr("Open an acceptance report first."));
        return false;
    }
    auto record = m_report->record;
    if (const QString problem = edit(record.body); !problem.isEmpty()) {
        setErrorString(problem);
        return false;
    }
    try {
        // Saving makes every list re-read (StoreEvents), this report included.
        auto saved = RecordWriter(*m_store).save(record);
        m_report = std::make_unique<Report>(Report{std::move(saved)});
    } catch (const std::exception& e) {
        qCWarning(lcAcceptance) << "cannot save acceptance" << acceptanceId() << e.what();
        setErrorString(tr("The change could not be saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    show();
    return true;
}

void AcceptanceEditor::reload()
{
    if (m_report) open(acceptanceId());
}

void AcceptanceEditor::show()
{
    m_projectName.clear();
    if (m_report && m_store && m_store->isOpen()) {
        try {
            const auto names = app::StoreQueries(*m_store->local()).projectNames();
            const auto project = names.find(m_report->record.body.projectId);
            if (project != names.end()) m_projectName = qs(project->second.project);
        } catch (const std::exception& e) {
            qCWarning(lcAcceptance) << "cannot read project names" << e.what();
        }
    }
    m_deliverables.setRows(m_report ? deliverableRows(m_report->record.body) : std::vector<DeliverableRow>{});
    m_rectifications.setRows(m_report ? rectificationRows(m_report->record.body) : std::vector<RectificationRow>{});
    emit changed();
}

void AcceptanceEditor::setErrorString(const QString& text)
{
    if (m_errorString == text) return;
    m_errorString = text;
    emit errorStringChanged();
}
