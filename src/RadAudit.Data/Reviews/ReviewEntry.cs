using RadAudit.Core;

namespace RadAudit.Data.Reviews;

/// <summary>
/// One line of the review journal: one edit a person made, with the image's whole state after it, so replaying a
/// journal is "the last entry of each image wins" and never depends on how earlier entries were interpreted.
/// </summary>
/// <param name="Path">The image, as the data set names it.</param>
/// <param name="Status">The image's status after the edit.</param>
/// <param name="Boxes">Its boxes after the edit (hand-checked, so without score). Ignored for
/// <see cref="ReviewStatus.Unreviewed"/>, which means "back to the input boxes" (an undone first edit).</param>
/// <param name="Action">What the person did (draw, move, resize, delete, kind, accept, no-label, undo...), for people
/// reading the journal; replay does not use it.</param>
/// <param name="Time">When the edit was made (UTC).</param>
public sealed record ReviewEntry(string Path, ReviewStatus Status, IReadOnlyList<LabelBox> Boxes, string Action, DateTimeOffset Time);
