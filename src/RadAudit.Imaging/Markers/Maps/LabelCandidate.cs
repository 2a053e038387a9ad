using RadAudit.Core;

namespace RadAudit.Imaging.Markers.Maps;

/// <summary>
/// One box a label map could mean (<see cref="LabelCandidatePool"/>), with the measurements the box verifier scores it
/// by (<see cref="LabelCandidateFeatures"/>, in that order).
/// </summary>
/// <param name="Box">The box in source pixels, snapped to the ink (kind set; score not yet).</param>
/// <param name="MeanProbability">Mean probability of its kind over the map region it came from.</param>
/// <param name="Features">The verifier's inputs, <see cref="LabelCandidateFeatures.Names"/> order.</param>
public sealed record LabelCandidate(LabelBox Box, double MeanProbability, double[] Features);
