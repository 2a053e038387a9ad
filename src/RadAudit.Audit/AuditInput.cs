using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;

namespace RadAudit.Audit;

/// <summary>What an audit works on: the opened data set and, unless the audit is to detect them, its label boxes.</summary>
/// <param name="Data">The data set with train and valid splits, opened by the caller; it is validated by the audit
/// and never reopened.</param>
/// <param name="GivenBoxes">The label boxes (from a file or a review); null makes the audit detect them.</param>
public sealed record AuditInput(ImageDataSet Data, BoxIndex? GivenBoxes);
