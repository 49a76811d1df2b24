#include "documentspanel.h"

#include "common/errorlabel.h"
#include "documentpreview.h"
#include "documentstatetext.h"
#include "locale/jalali.h"
#include "services/documentservice.h"
#include "services/session.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

enum Role { TypeRole = Qt::UserRole, PersonRole, DocumentRole, StateRole };
enum Column { NameColumn, ForColumn, StateColumn, ByColumn, DateColumn };

} // namespace

DocumentsPanel::DocumentsPanel(services::Session &session, qint64 householdId, QWidget *parent)
    : QWidget(parent)
    , m_service(std::make_unique<services::DocumentService>(session))
    , m_householdId(householdId)
    , m_readsDocuments(m_service->mayReadDocuments())
    , m_requestType(new QComboBox(this))
    , m_checklist(new QTreeWidget(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"documentsPanel"_s);
    m_requestType->setObjectName(u"requestTypeCombo"_s);
    m_checklist->setObjectName(u"documentChecklist"_s);
    const auto &list = domain::DocumentChecklist::shipped();
    for (const QString &code : list.requestTypes())
        m_requestType->addItem(list.requestTypeName(code, locale()), code);
    m_checklist->setColumnCount(5);
    m_checklist->setHeaderLabels({tr("Document"), tr("For"), tr("State"), tr("By"), tr("Date")});
    m_checklist->setRootIsDecorated(false);
    m_checklist->setAlternatingRowColors(true);
    m_checklist->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checklist->header()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Request &type:"), this);
    label->setBuddy(m_requestType);
    top->addWidget(label);
    top->addWidget(m_requestType, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    if (!m_readsDocuments) {
        layout->addWidget(m_checklist, 1);
    } else {
        setAcceptDrops(true);
        m_attach = new QPushButton(tr("&Attach…"), this);
        m_check = new QPushButton(tr("Mark &checked"), this);
        m_verify = new QPushButton(tr("Mark &verified"), this);
        m_preview = new QPushButton(tr("&Preview"), this);
        m_attach->setObjectName(u"attachButton"_s);
        m_check->setObjectName(u"markCheckedButton"_s);
        m_verify->setObjectName(u"markVerifiedButton"_s);
        m_preview->setObjectName(u"previewButton"_s);
        m_attach->setToolTip(tr("Attach a scan or photo (PDF, JPEG, PNG or TIFF) to the selected "
                                "line. You can also drop files onto this panel."));
        m_previewPane = new DocumentPreview(this);
        auto *splitter = new QSplitter(Qt::Horizontal, this);
        splitter->addWidget(m_checklist);
        splitter->addWidget(m_previewPane);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        layout->addWidget(splitter, 1);
        auto *buttons = new QHBoxLayout;
        for (QPushButton *button : {m_attach, m_check, m_verify, m_preview})
            buttons->addWidget(button);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        connect(m_attach, &QPushButton::clicked, this, &DocumentsPanel::chooseAndAttach);
        connect(m_check, &QPushButton::clicked, this, &DocumentsPanel::markChecked);
        connect(m_verify, &QPushButton::clicked, this, &DocumentsPanel::markVerified);
        connect(m_preview, &QPushButton::clicked, this, &DocumentsPanel::previewSelected);
        connect(m_previewPane, &DocumentPreview::openCopyRequested, this,
                &DocumentsPanel::openCopy);
    }
    layout->addWidget(m_error);
    connect(m_requestType, &QComboBox::currentIndexChanged, this, &DocumentsPanel::reload);
    connect(m_checklist, &QTreeWidget::currentItemChanged, this, [this] {
        if (m_previewPane)
            m_previewPane->clear();
        updateButtons();
    });
    reload();
}

DocumentsPanel::~DocumentsPanel() = default;

QString DocumentsPanel::requestType() const
{
    return m_requestType->currentData().toString();
}

void DocumentsPanel::setRequestType(const QString &code)
{
    const int index = m_requestType->findData(code);
    if (index >= 0)
        m_requestType->setCurrentIndex(index);
}

void DocumentsPanel::reload()
{
    const QTreeWidgetItem *current = m_checklist->currentItem();
    const QString keepType = current ? current->data(0, TypeRole).toString() : QString();
    const qint64 keepPerson = current ? current->data(0, PersonRole).toLongLong() : 0;
    m_checklist->clear();
    QList<domain::ChecklistItem> items;
    if (!succeeded(m_service->checklist(m_householdId, requestType(), &items)))
        return;
    m_documents.clear();
    if (m_readsDocuments && !succeeded(m_service->documents(m_householdId, &m_documents)))
        return;
    appendUnlistedDocuments(&items, m_documents);
    const QLocale loc = locale();
    const auto &list = domain::DocumentChecklist::shipped();
    for (const domain::ChecklistItem &item : std::as_const(items)) {
        auto *row = new QTreeWidgetItem(m_checklist);
        row->setText(NameColumn, list.displayName(item.typeCode, loc));
        row->setText(ForColumn, documentForText(item));
        row->setText(StateColumn, documentStateText(item.state));
        row->setIcon(StateColumn, documentStateIcon(item.state, style()));
        row->setText(ByColumn, item.byWorkerName);
        row->setText(DateColumn, locale::formatJalaliDate(item.atUtc.toLocalTime().date(), loc));
        row->setData(0, TypeRole, item.typeCode);
        row->setData(0, PersonRole, item.personId);
        row->setData(0, DocumentRole, item.documentId);
        row->setData(0, StateRole, int(item.state));
    }
    selectItem(keepType, keepPerson);
    updateButtons();
}

bool DocumentsPanel::selectItem(const QString &typeCode, qint64 personId)
{
    for (int i = 0; i < m_checklist->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_checklist->topLevelItem(i);
        if (row->data(0, TypeRole).toString() == typeCode &&
            row->data(0, PersonRole).toLongLong() == personId) {
            m_checklist->setCurrentItem(row);
            return true;
        }
    }
    return false;
}

qint64 DocumentsPanel::selectedDocumentId() const
{
    const QTreeWidgetItem *row = m_checklist->currentItem();
    return row ? row->data(0, DocumentRole).toLongLong() : 0;
}

void DocumentsPanel::updateButtons()
{
    if (!m_readsDocuments)
        return;
    const QTreeWidgetItem *row = m_checklist->currentItem();
    const auto state = row ? domain::DocumentState(row->data(0, StateRole).toInt())
                           : domain::DocumentState::Missing;
    m_attach->setEnabled(row != nullptr);
    m_check->setEnabled(state == domain::DocumentState::Attached);
    m_verify->setEnabled(state == domain::DocumentState::Checked);
    m_preview->setEnabled(selectedDocumentId() != 0);
}

bool DocumentsPanel::succeeded(const storage::StoreError &error)
{
    if (error.ok()) {
        m_error->clearMessage();
        return true;
    }
    m_error->showError(error.message);
    return false;
}

bool DocumentsPanel::attachFile(const QString &path)
{
    const QTreeWidgetItem *row = m_checklist->currentItem();
    if (!row) {
        m_error->showError(tr("Select the line of the checklist this document belongs to."));
        return false;
    }
    const QString type = row->data(0, TypeRole).toString();
    const qint64 person = row->data(0, PersonRole).toLongLong();
    if (!succeeded(m_service->attach(m_householdId, person, type, path)))
        return false;
    reload();
    emit documentsChanged();
    return true;
}

void DocumentsPanel::chooseAndAttach()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach documents"), QDir::homePath(),
        tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"));
    for (const QString &path : paths)
        if (!attachFile(path))
            break;
}

bool DocumentsPanel::markChecked()
{
    if (!succeeded(m_service->markChecked(selectedDocumentId())))
        return false;
    reload();
    emit documentsChanged();
    return true;
}

bool DocumentsPanel::markVerified()
{
    if (!succeeded(m_service->markVerified(selectedDocumentId())))
        return false;
    reload();
    emit documentsChanged();
    return true;
}

bool DocumentsPanel::previewSelected()
{
    const qint64 id = selectedDocumentId();
    const auto found = std::find_if(m_documents.cbegin(), m_documents.cend(),
                                    [id](const auto &d) { return d.id == id; });
    if (!m_previewPane || found == m_documents.cend())
        return false;
    QByteArray plain; // decrypted in memory only, for drawing; preview() audits the view
    if (!succeeded(m_service->preview(id, &plain)))
        return false;
    m_previewPane->showDocument(*found, plain);
    plain.fill('\0');
    return true;
}

bool DocumentsPanel::exportCopyTo(const QString &folder, QString *writtenPath)
{
    const qint64 id = selectedDocumentId();
    const auto found = std::find_if(m_documents.cbegin(), m_documents.cend(),
                                    [id](const auto &d) { return d.id == id; });
    if (found == m_documents.cend())
        return false;
    const QString target = freeCopyPath(folder, found->originalName);
    if (!succeeded(m_service->exportTo(id, target)))
        return false;
    if (writtenPath)
        *writtenPath = target;
    return true;
}

void DocumentsPanel::openCopy()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Save a decrypted copy in"), QDir::homePath());
    QString written;
    if (!folder.isEmpty() && exportCopyTo(folder, &written))
        QDesktopServices::openUrl(QUrl::fromLocalFile(written));
}

void DocumentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_readsDocuments && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DocumentsPanel::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && !attachFile(url.toLocalFile()))
            break;
    event->acceptProposedAction();
}

} // namespace pluslife::ui
