// "Add this passage to claim…": the claims best first by how closely their wording matches
// the passage (the reader's alignment), and the kind of appearance.
#pragma once

#include "domain/codebook.h"
#include "models/claimsmodel.h"

#include <QDialog>

class QComboBox;
class QListWidget;

namespace parallax {

class ClaimChooser final : public QDialog
{
    Q_OBJECT
public:
    ClaimChooser(const ClaimsData &claims, const QString &passage, std::optional<qint64> speaker,
                 QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ClaimChooser)

    qint64 chosenClaim() const;
    AppearanceType chosenType() const;
    // The claims in the order offered, best suggestion first.
    QList<qint64> offered() const;

private:
    QListWidget *m_list = nullptr;
    QComboBox *m_type = nullptr;
};

} // namespace parallax
