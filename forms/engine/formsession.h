#pragma once

#include "formdefinition.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace pluslife::forms {

// What a session needs from outside: who fills it, on which device, and what time it is.
struct FormContext {
    QString userName; // jr:preload="property" username
    QString deviceId; // jr:preload="property" deviceid
    QString language; // itext language code; empty: the form's default (Persian first)
    std::function<QDateTime()> now; // injectable clock; local time is taken from it
};

struct FormChoiceItem {
    QString value;
    QString label;
};

// One control as it stands now, with repeats expanded to their instances.
struct FormItem {
    enum class Kind { Group, Repeat, RepeatInstance, Input, Select1, Select, Upload, Trigger };
    Kind kind = Kind::Input;
    int control = -1; // index into definition().controls
    QString path;     // instance path with 1-based repeat indices, e.g. /data/m[2]/name
    QString label;    // current language, outputs filled in
    QString hint;
    QString value; // as stored: ASCII digits, dates yyyy-MM-dd, selects space-separated
    DataType type = DataType::String;
    bool relevant = true;
    bool required = false;
    bool readOnly = false;
    bool isNote = false;     // a read-only input without calculate: text to read, nothing to type
    bool calculated = false; // the form computes this value (bind calculate)
    QString problem;         // the required or constraint message when the value is invalid now
    QList<FormChoiceItem> choices;
    QList<FormItem> children;  // groups, repeats (one RepeatInstance per instance), instances
    bool canAddRemove = false; // repeats: the user may add and remove instances
    QString appearance;
};

// One screen of the form: a top-level field-list group, a top-level group, or a run of
// consecutive top-level questions.
struct FormPage {
    QString title;
    QList<int> controls; // top-level control indices shown on this page
};

struct FormChange {
    QString error;                 // translated; the change was refused and nothing changed
    bool structureChanged = false; // repeat instances appeared or went: rebuild the page
    QStringList changedPaths;      // instance paths whose value or state changed
    bool ok() const { return error.isEmpty(); }
};

struct FormIssue {
    QString path;
    int control = -1;
    QString message; // translated or the form's own message
};

// One filling of a form: the live instance, its computed state, and the answers.
class FormSession {
public:
    ~FormSession();
    FormSession(const FormSession &) = delete;
    FormSession &operator=(const FormSession &) = delete;

    // A new, empty instance with defaults, preloads and odk-instance-first-load applied.
    static std::unique_ptr<FormSession> start(FormDefinitionPtr form, FormContext context);
    // A draft saved from instanceXml() earlier, made on the same form version.
    static std::unique_ptr<FormSession> resume(FormDefinitionPtr form, FormContext context,
                                               const QByteArray &instanceXml,
                                               QString *error = nullptr);

    const FormDefinition &definition() const;
    FormDefinitionPtr definitionPtr() const;

    QString language() const;
    void setLanguage(const QString &language);

    QList<FormPage> pages() const;
    // The items of one page, or the item at `path` (with its children).
    QList<FormItem> pageItems(int page) const;
    FormItem item(const QString &path) const;
    QList<FormItem> allItems() const; // every top-level control
    // Whether a page has anything relevant to show, without building its items (cheap: the
    // renderer asks for every page after each answer).
    bool isPageRelevant(int page) const;

    QString value(const QString &path) const;
    // Typed answers: digits in any script are accepted for numbers; dates are yyyy-MM-dd
    // (Gregorian; the renderer converts from Jalali); select is space-separated values.
    FormChange setValue(const QString &path, const QString &value);
    // Adds an instance at the end of the repeat whose instance path (without the last index)
    // is `repeatPath`, e.g. /data/members or /data/visits[2]/items.
    FormChange addRepeat(const QString &repeatPath);
    FormChange removeRepeat(const QString &instancePath);
    int repeatCount(const QString &repeatPath) const;

    // Every relevant required-but-empty answer and broken constraint, in document order. From
    // the first call on, items also carry their "required" problem (FormItem::problem).
    QList<FormIssue> validate() const;

    // The whole working instance (non-relevant answers kept): what a draft stores.
    QByteArray instanceXml() const;
    // The instance to submit: non-relevant nodes and repeat templates removed, end-time
    // preloads and meta/instanceID filled. `deprecatedId`: the instanceID this corrects.
    QByteArray submissionXml(const QString &deprecatedId = QString());
    QString instanceId() const;
    QDateTime startedAt() const;

    // Answers of binds with entities:saveto, relevant and non-empty: case field -> value.
    QHash<QString, QString> caseFieldValues() const;

private:
    struct Impl;
    explicit FormSession(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace pluslife::forms
