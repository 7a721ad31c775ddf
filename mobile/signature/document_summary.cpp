#include "signature/document_summary.h"

#include "models/domain_labels.h"
#include "models/qt_dates.h"
#include "store/store_queries.h"

#include <QCoreApplication>
#include <algorithm>

namespace fv::app {
namespace {

class DocumentSummaryText {
    Q_DECLARE_TR_FUNCTIONS(DocumentSummary)

public:
    static QString line(const QString& label, const QString& value) { return tr("%1: %2").arg(label, value); }

    static QString names(const std::vector<Person>& people)
    {
        QStringList names;
        for (const auto& person : people) names << QString::fromStdString(person.name);
        return names.join(QStringLiteral("、"));
    }

    // Visits: who came, when, and what the customer confirms with the signature.
    static void addVisit(DocumentSummary& summary, const Visit& visit, const QString& projectName)
    {
        const QString kind = labels::visitKind(QString::fromStdString(std::string(toString(visit.kind))));
        summary.title = tr("%1 · %2").arg(kind, projectName);
        summary.lines << line(tr("Date"), toQDate(visit.plannedDate).toString(Qt::ISODate));
        if (!visit.visitors.empty()) summary.lines << line(tr("Visitors"), names(visit.visitors));
        if (!visit.customerAttendees.empty()) summary.lines << line(tr("Attendees"), names(visit.customerAttendees));
        addText(summary, tr("Running status"), visit.runningStatus);
        addText(summary, tr("Solved on site"), visit.solvedOnSite);
        addText(summary, tr("Customer's words"), visit.customerWords);
        if (!visit.satisfaction.empty()) {
            QStringList scores;
            for (const auto& score : visit.satisfaction) scores << QString::number(score.score);
            summary.lines << line(tr("Satisfaction scores"), scores.join(QStringLiteral(" / ")));
        }
    }

    // Acceptances: what was delivered and accepted, what is still to fix, the verdict.
    static void addAcceptance(DocumentSummary& summary, const Acceptance& acceptance, const QString& projectName)
    {
        summary.title = tr("%1 · %2").arg(QString::fromStdString(acceptance.title), projectName);
        const auto accepted = std::count_if(acceptance.deliverables.begin(), acceptance.deliverables.end(),
                                            [](const Deliverable& d) { return d.accepted; });
        const auto open = std::count_if(acceptance.rectifications.begin(), acceptance.rectifications.end(),
                                        [](const RectificationItem& r) { return !r.done; });
        summary.lines << line(tr("Deliverables"),
                              tr("%1 of %2 accepted").arg(accepted).arg(qsizetype(acceptance.deliverables.size())));
        summary.lines << line(tr("Rectification items"),
                              tr("%1 open of %2").arg(open).arg(qsizetype(acceptance.rectifications.size())));
        addText(summary, tr("Customer opinion"), acceptance.customerOpinion);
        summary.lines << line(
            tr("Result"), labels::acceptanceResult(QString::fromStdString(std::string(toString(acceptance.result)))));
    }

private:
    static void addText(DocumentSummary& summary, const QString& label, const std::string& text)
    {
        if (!text.empty()) summary.lines << line(label, QString::fromStdString(text));
    }
};

} // namespace

DocumentSummary summarize(LocalStore& store, const StoredDocument& document)
{
    DocumentSummary summary;
    const auto names = StoreQueries(store).projectNames();
    const auto project = names.find(document.projectId());
    const QString projectName = project == names.end() ? QString() : QString::fromStdString(project->second.project);
    if (document.record.meta.type == RecordType::Visit)
        DocumentSummaryText::addVisit(summary, toTypedRecord<Visit>(document.record).body, projectName);
    else
        DocumentSummaryText::addAcceptance(summary, toTypedRecord<Acceptance>(document.record).body, projectName);
    summary.photoCount = int(std::count_if(document.attachments.begin(), document.attachments.end(),
                                           [](const auto& a) { return a.body.kind == AttachmentKind::Photo; }));
    return summary;
}

} // namespace fv::app
