namespace RadAudit.Imaging.Markers.Maps;

/// <summary>How a candidate box was read off its map region (the verifier's "origin" feature is this number).</summary>
public enum CandidateOrigin
{
    /// <summary>The region snapped to its ink (<see cref="InkBoxRefiner"/>).</summary>
    Refined = 0,

    /// <summary>A part of that box across its widest blank band (<see cref="InkSplitter"/>).</summary>
    SplitAtGap = 1,

    /// <summary>A group of glyphs in that box (<see cref="GlyphGrouper"/>).</summary>
    GlyphGroup = 2,
}
