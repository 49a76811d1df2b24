#pragma once

#include "domain/household.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// Campaign mode of level-1 screening (activity 18): many children in one sitting, e.g. a
// kindergarten visit. The screening form is chosen once; then, child after child: find the
// child (national code, or a name / file number whose household's members are listed), or add
// the child to a file, or open a new file (IntakeDialog); fill the form; next. "Finish" shows
// the session's summary: children screened and how many refer / follow up / normal.
class ScreeningCampaignDialog : public QDialog {
    Q_OBJECT
public:
    struct Summary {
        int screened = 0;
        int refer = 0;
        int followUp = 0;
        int normal = 0; // normal and low
    };
    struct Screened {
        qint64 personId = 0;
        qint64 householdId = 0;
        QString name;
        QString band;
    };

    explicit ScreeningCampaignDialog(services::Session &session, QWidget *parent = nullptr);

    Summary summary() const;
    QList<Screened> screenedChildren() const { return m_screened; }
    // The form chosen for the campaign (0 before the first child).
    qint64 formVersionId() const { return m_formVersionId; }

public slots:
    void find();
    // Screens the child selected in the results with the campaign's form.
    void screenSelected();
    void finish();

signals:
    void childScreened(qint64 personId, const QString &band);

private:
    QWidget *buildWorkPage();
    QWidget *buildSummaryPage();
    QTreeWidgetItem *addHousehold(qint64 householdId, const QString &fileNumber,
                                  const QString &headName);
    void loadMembers(QTreeWidgetItem *householdItem);
    void selectPerson(qint64 householdId, qint64 personId);
    void addChild();
    void newFile();
    void afterScreening(const domain::Person &person, qint64 householdId, bool submitted);
    void updateState();
    qint64 selectedHousehold() const;

    services::Session &m_session;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_form = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_find = nullptr;
    QTreeWidget *m_results = nullptr;
    QPushButton *m_screen = nullptr;
    QPushButton *m_addChild = nullptr;
    QPushButton *m_newFile = nullptr;
    QTreeWidget *m_sessionList = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_finish = nullptr;
    ErrorLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_summaryList = nullptr;

    qint64 m_formVersionId = 0;
    QList<Screened> m_screened;
    QHash<qint64, domain::Person> m_people; // the members listed, by person id
    bool m_screening = false;
};

} // namespace pluslife::ui
