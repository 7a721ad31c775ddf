#pragma once

#include <QString>

// The words the screens use for the domain's enum values, translated. Keyed by
// the wire names (PROTOCOL.md) so that Qt-facing code needs no shared/ header;
// an unknown name (from a newer server) is shown as it is.
namespace fv::app::labels {

QString visitKind(const QString& wireName);
QString visitMethod(const QString& wireName);
QString visitStatus(const QString& wireName);
QString projectPhase(const QString& wireName);
QString issueCategory(const QString& wireName);
QString issueSeverity(const QString& wireName);
QString issueStatus(const QString& wireName);
QString signerSide(const QString& wireName);
QString acceptanceResult(const QString& wireName);
QString recordType(const QString& wireName);            // "visit" → "Visit record"
QString satisfactionDimension(const QString& wireName); // "service_attitude" → "Service attitude"

} // namespace fv::app::labels
