using RadAudit.Core.Scoring;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;

namespace RadAudit.Audit;

/// <summary>What a model audit works on.</summary>
/// <param name="Data">The labelled images to probe (one split), opened by the caller; validated by the audit.</param>
/// <param name="GivenBoxes">Their label boxes; null makes the audit detect them.</param>
/// <param name="Model">The trained model (<see cref="ModelSource"/> opens one from a path); the caller disposes it.</param>
public sealed record ModelAuditInput(ImageDataSet Data, BoxIndex? GivenBoxes, IScoringModel Model);
