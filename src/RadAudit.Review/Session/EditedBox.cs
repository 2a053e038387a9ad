namespace RadAudit.Review.Session;

/// <summary>A box as the page sends it: original-image pixels and a kind (hand-checked, so no score).</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width (&gt; 0).</param>
/// <param name="Height">Height (&gt; 0).</param>
/// <param name="Kind">One of <c>LabelKinds</c>.</param>
public sealed record EditedBox(int X, int Y, int Width, int Height, string Kind);
