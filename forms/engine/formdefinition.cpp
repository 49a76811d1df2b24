#include "formdefinition.h"

namespace pluslife::forms {

const FormBind *FormDefinition::bindFor(const QString &genericPath) const
{
    const auto found = bindByPath.constFind(genericPath);
    return found == bindByPath.cend() ? nullptr : &binds.at(found.value());
}

int FormDefinition::controlForRef(const QString &genericPath) const
{
    for (int i = 0; i < controls.size(); ++i) {
        const FormControl &control = controls.at(i);
        if (control.ref == genericPath && control.kind != FormControl::Kind::Group)
            return i;
    }
    return -1;
}

QString FormDefinition::plainText(const TextSpec &spec, const QString &language) const
{
    const QList<TextPart> *parts = &spec.parts;
    if (!spec.itextId.isEmpty()) {
        parts = nullptr;
        for (const QString &lang : {language, defaultLanguage()}) {
            const auto texts = itext.constFind(lang);
            if (texts == itext.cend())
                continue;
            const auto entry = texts->constFind(spec.itextId);
            if (entry != texts->cend()) {
                parts = &entry.value();
                break;
            }
        }
        if (!parts)
            return QString();
    }
    QString out;
    for (const TextPart &part : *parts)
        out += part.isOutput ? QStringLiteral("${%1}").arg(part.text) : part.text;
    return out;
}

} // namespace pluslife::forms
