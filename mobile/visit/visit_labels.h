#pragma once

// The words the visit form uses for its fields, satisfaction dimensions and
// missing items, translated (context "VisitLabels"). Keyed by wire names so
// that the QObject headers need no shared/ header.

#include "visit/visit_form_rules.h"

#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace fv::app::visitLabels {

QString dimension(const QString& wireName); // "service_attitude" → "Service attitude"
// A field as the server names it in a conflict or refusal: the words of sync/field_words.h, and
// for a satisfaction score its dimension ("satisfaction[delivery_time]" → "Satisfaction · Delivery time").
QString field(const QString& path);
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
