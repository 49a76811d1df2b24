#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace pluslife::forms {

// The value types of the ODK XForms subset we run. Barcode and geopoint are kept as text.
enum class DataType {
    String,
    Int,
    Decimal,
    Date,
    Time,
    DateTime,
    Select1,
    Select,
    Barcode,
    Geopoint,
    Binary
};

// One piece of a label: literal text, or an <output value="…"/> expression shown with its value.
struct TextPart {
    bool isOutput = false;
    QString text; // the literal text, or the XPath expression of the output
};

// A label, hint or message: either literal parts, or an itext id looked up per language.
struct TextSpec {
    QString itextId;
    QList<TextPart> parts;
    bool isEmpty() const { return itextId.isEmpty() && parts.isEmpty(); }
};

struct StaticChoice {
    QString value;
    TextSpec label;
};

// One control of the form body. `ref` is the absolute generic instance path (no repeat
// indices), e.g. /data/members/name, resolved at parse time from relative refs.
struct FormControl {
    enum class Kind { Group, Repeat, Input, Select1, Select, Upload, Trigger };
    Kind kind = Kind::Input;
    QString ref;
    TextSpec label;
    TextSpec hint;
    QString appearance;
    bool fieldList = false; // group appearance="field-list": one page on screen
    int line = 0;
    int parent = -1;     // index of the enclosing group or repeat, -1 at the top
    QList<int> children; // indices into FormDefinition::controls()

    // select1 / select: static items, or an itemset over a (usually secondary) instance.
    QList<StaticChoice> choices;
    QString itemsetNodeset;  // e.g. instance('cities')/root/item[province = current()/../province]
    QString itemsetValueRef; // relative to each item, e.g. name
    QString itemsetLabelRef; // relative to each item, e.g. label, or jr:itext(itextId)
    bool itemsetLabelIsItext = false;

    // repeat
    QString countExpression; // jr:count
    bool noAddRemove = false;

    QString mediaType; // upload
};

// What a <bind> says about the nodes at `nodeset` (absolute generic path).
struct FormBind {
    QString nodeset;
    DataType type = DataType::String;
    QString relevant;
    QString required;
    TextSpec requiredMessage;
    QString constraint;
    TextSpec constraintMessage;
    QString calculate;
    QString readonly;
    QString preload;       // jr:preload: date, timestamp, property, uid
    QString preloadParams; // today, start, end, username, deviceid
    QString saveTo;        // entities:saveto, our case-field vocabulary (see casefields.h)
    int line = 0;
};

// <setvalue event="odk-instance-first-load|odk-new-repeat" ref="…" value="…"/>
struct FormSetValue {
    QString event;
    QString ref;
    QString value;
    int line = 0;
};

// A parsed, validated form: immutable, shared by every session and draft made on it.
class FormDefinition {
public:
    QString formId;
    QString version;
    QString title;         // <h:title>
    QString activityCode;  // pluslife:activity on the primary instance root ("" when none)
    QString rootName;      // name of the primary instance root, e.g. data
    QStringList languages; // language codes, e.g. fa, en; default language first
    QByteArray sourceXml;  // exactly what was parsed: stored, hashed, synced

    QList<FormControl> controls; // body controls in document order
    QList<int> topLevel;         // indices of the body's top-level controls
    QList<FormBind> binds;
    QList<FormSetValue> setValues;
    QHash<QString, int> bindByPath; // generic path -> index into binds

    // itext: language -> text id -> (form "" or "short" etc. ignored: default form only)
    QHash<QString, QHash<QString, QList<TextPart>>> itext;

    // Serialized primary instance (as in the form, templates included) and secondary instances
    // by id (the XML of the <instance id="…"> element's child).
    QByteArray primaryInstanceXml;
    QHash<QString, QByteArray> secondaryInstances;

    const FormBind *bindFor(const QString &genericPath) const;
    int controlForRef(const QString &genericPath) const; // -1 when none
    // The text of a TextSpec's literal parts or its itext entry, outputs left as "${expr}".
    QString plainText(const TextSpec &spec, const QString &language) const;
    QString defaultLanguage() const { return languages.isEmpty() ? QString() : languages.first(); }
};

using FormDefinitionPtr = std::shared_ptr<const FormDefinition>;

} // namespace pluslife::forms
