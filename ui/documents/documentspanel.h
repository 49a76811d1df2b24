#pragma once

#include "domain/documentchecklist.h"
#include "storage/storeerror.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace pluslife::services {
class Session;
class DocumentService;
} // namespace pluslife::services

namespace pluslife::ui {

class DocumentPreview;
class ErrorLabel;

// The "Documents" tab of a household file (activity 4): the checklist of a request type with
// each line's state (who and when), attaching scans and photos to the selected line (Attach… or
// drag-and-drop of files onto the panel), Mark checked / Mark verified, and a preview pane.
// Reception sees the checklist states only: no attach, mark or preview controls are made.
// The service refuses what the role may not do, whatever this panel shows.
class DocumentsPanel : public QWidget {
    Q_OBJECT
public:
    DocumentsPanel(services::Session &session, qint64 householdId, QWidget *parent = nullptr);
    ~DocumentsPanel() override;

    void reload();
    QString requestType() const;
    void setRequestType(const QString &code);
    // Selects the checklist line of a document type for a member (0: the household).
    bool selectItem(const QString &typeCode, qint64 personId = 0);
    // What Attach… and dropping a file do, for the selected line. False with the message shown.
    bool attachFile(const QString &path);
    bool markChecked();
    bool markVerified();
    bool previewSelected();
    // What Open copy… does after asking for the folder: the audited export of the selected
    // document into `folder`, under its original name (never overwriting).
    bool exportCopyTo(const QString &folder, QString *writtenPath = nullptr);

signals:
    void documentsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseAndAttach();
    void openCopy();
    void updateButtons();
    qint64 selectedDocumentId() const;
    bool succeeded(const storage::StoreError &error);

    std::unique_ptr<services::DocumentService> m_service;
    qint64 m_householdId;
    bool m_readsDocuments;
    QComboBox *m_requestType;
    QTreeWidget *m_checklist;
    ErrorLabel *m_error;
    QPushButton *m_attach = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_preview = nullptr;
    DocumentPreview *m_previewPane = nullptr;
    QList<domain::Document> m_documents;
};

} // namespace pluslife::ui
