#pragma once

#include "evaluator.h"
#include "formsession.h"
#include "xmlsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <map>
#include <memory>

namespace pluslife::forms {

// Helpers of the session's translation units (formsession.cpp, sessionsetup.cpp,
// sessionrecompute.cpp, formitems.cpp).
namespace session {

inline constexpr int kMaxRepeatCount = 1000; // a jr:count beyond this is a form error, not a family
inline constexpr int kMaxPasses = 8;         // calculates that feed calculates settle within this

inline QString newInstanceId()
{
    return QStringLiteral("uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The first child element called `name`, created at the end when asked and missing.
inline xmlNodePtr childNamed(xmlNodePtr parent, const QString &name, bool create)
{
    const QByteArray utf8 = name.toUtf8();
    for (xmlNodePtr child = xml::firstElementChild(parent); child;
         child = xml::nextElementSibling(child)) {
        if (xmlStrEqual(child->name, xml::chars(utf8)))
            return child;
    }
    return create ? xmlNewChild(parent, nullptr, xml::chars(utf8), nullptr) : nullptr;
}

} // namespace session

// The live state of a FormSession: the instance document, the computed state of every node,
// and the repeat templates. Shared by the session's value, repeat and presentation code.
struct FormSession::Impl {
    Q_DECLARE_TR_FUNCTIONS(FormSession)

public:
    struct NodeState {
        const FormBind *bind = nullptr;
        QString genericPath;
        bool relevant = true;
        bool required = false;
        bool readOnly = false;
        bool constraintOk = true;
    };
    struct Snapshot {
        QString value;
        bool relevant, required, readOnly, constraintOk;
        bool operator==(const Snapshot &) const = default;
    };

    FormDefinitionPtr form;
    FormContext context;
    xml::Doc doc;
    std::unique_ptr<Evaluator> evaluator;
    std::map<QString, xml::Doc> templates; // generic repeat path -> template copy
    QHash<QString, QString> templateAfter; // generic repeat path -> preceding sibling's name
    QHash<QString, int> repeatControls;    // generic repeat path -> control index
    QHash<const xmlNode *, NodeState> states;
    QList<xmlNodePtr> order; // every element, document order
    bool revealRequired = false;
    QDateTime started;

    QDateTime now() const;
    bool setUp(QString *error);
    void prepareTemplates();
    void applyPreloads();
    void applySetValues(const QString &event, xmlNodePtr within);
    void indexNodes();
    bool recompute(); // true when repeat instances came or went (jr:count)
    bool adjustCounts();
    QHash<const xmlNode *, Snapshot> snapshot() const;
    bool showsAnswers(const FormControl &control) const; // a label or hint with <output>
    FormChange diff(const QHash<const xmlNode *, Snapshot> &before, bool structureChanged) const;

    xmlNodePtr root() const { return xmlDocGetRootElement(doc.get()); }
    xmlNodePtr nodeAt(const QString &path) const;
    QString instancePath(const xmlNode *node) const;
    QString genericPathOf(const xmlNode *node) const;
    bool isRepeatPath(const QString &generic) const { return repeatControls.contains(generic); }
    xmlNodePtr addInstance(xmlNodePtr parent, const QString &name, const QString &generic);
    const NodeState &state(const xmlNode *node) const;
    QString typedValue(DataType type, const QString &raw, QString *error) const;
    QString calculatedValue(const FormBind &bind, xmlNodePtr node);

    // Presentation (formitems.cpp)
    FormItem buildItem(int control, xmlNodePtr contextNode) const;
    QString resolveText(const TextSpec &spec, xmlNodePtr node) const;
    QList<FormChoiceItem> choicesFor(const FormControl &control, xmlNodePtr node) const;
    xmlNodePtr resolveControlNode(const QString &ref, xmlNodePtr contextNode) const;
    QString problemFor(const FormBind *bind, const NodeState &state, const QString &value,
                       xmlNodePtr node) const;
};

} // namespace pluslife::forms
