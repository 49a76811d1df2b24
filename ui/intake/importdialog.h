#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

// Importing the list of households the county office refers (CSV, layout in
// services/householdcsv.h): pick the file, check it (a report of every problem), then import all
// or nothing. The same path as `pluslife-admin import-households`.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(services::Session &session, QWidget *parent = nullptr);

    // For tests and drag-and-drop: check (and, when `import`, import) this file.
    bool run(const QString &path, bool import);

private:
    void chooseFile();

    services::Session &m_session;
    QLineEdit *m_path;
    QLineEdit *m_override;
    QPlainTextEdit *m_report;
    QLabel *m_summary;
    QPushButton *m_check;
    QPushButton *m_import;
};

} // namespace pluslife::ui
