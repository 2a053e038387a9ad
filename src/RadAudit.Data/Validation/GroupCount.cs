namespace RadAudit.Data.Validation;

/// <summary>Images and studies of one (split, body part, label) group.</summary>
/// <param name="Split">Split name, empty when none.</param>
/// <param name="BodyPart">Body part, empty when unknown.</param>
/// <param name="Label">"abnormal", "normal" or "unknown".</param>
/// <param name="Images">Image count.</param>
/// <param name="Studies">Distinct studies.</param>
public sealed record GroupCount(string Split, string BodyPart, string Label, int Images, int Studies);
