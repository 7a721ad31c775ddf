#pragma once

// The words the visit form uses for its missing items, translated (context
// "VisitLabels"), and its pickers' choices. Field names and satisfaction dimensions
// are in models/field_words.h and models/domain_labels.h.

#include "visit/visit_form_rules.h"

#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace fv::app::visitLabels {

QString missing(const Missing& item);

// Every value of E for a picker, in the enum's order: [{value: wire name, label: label(wire name)}].
template <NamedEnum E> QVariantList choices(QString (*label)(const QString&))
{
    QVariantList out;
    for (const auto& [value, name] : EnumNames<E>::values) {
        const QString wire = QString::fromUtf8(name.data(), qsizetype(name.size()));
        out.append(QVariantMap{{QStringLiteral("value"), wire}, {QStringLiteral("label"), label(wire)}});
    }
    return out;
}

} // namespace fv::app::visitLabels
