#include "centerpage.h"

#include "centerfields.h"
#include "common/errorlabel.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

CenterPage::CenterPage(QWidget *parent)
    : QWizardPage(parent)
    , m_fields(new CenterFields(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"centerPage"_s);
    setTitle(tr("Your +Life center"));
    setSubTitle(tr("As it appears on the center's licence. The manager can change these "
                   "details later."));
    m_error->setObjectName(u"centerError"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_fields, &CenterFields::edited, m_error, &ErrorLabel::clearMessage);
}

domain::CenterInfo CenterPage::center() const
{
    return m_fields->center();
}

bool CenterPage::validatePage()
{
    const QString problem = domain::validateCenter(m_fields->center());
    m_error->showError(problem);
    return problem.isEmpty();
}

} // namespace pluslife::ui
