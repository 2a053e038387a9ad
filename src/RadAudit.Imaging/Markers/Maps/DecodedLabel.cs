using RadAudit.Core;

namespace RadAudit.Imaging.Markers.Maps;

/// <summary>One label read off a <see cref="LabelProbabilityMap"/>, before its score is calibrated.</summary>
/// <param name="Box">The box in source pixels (kind from the map; score not yet set).</param>
/// <param name="MeanProbability">Mean probability of its kind over the component's cells.</param>
/// <param name="Cells">How many map cells the component holds.</param>
public sealed record DecodedLabel(LabelBox Box, double MeanProbability, int Cells);
