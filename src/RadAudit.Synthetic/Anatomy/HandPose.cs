using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>
/// The random posture of a hand: how far the fingers fan out (1 = PA view, small = lateral, fingers stacked) and
/// each joint's flexion, drawn before the skeleton so that a finger view can centre on one finger.
/// </summary>
/// <param name="Spread">Fan factor on finger spacing and angles (0.3–1.1).</param>
/// <param name="JointAngles">Per finger (index, middle, ring, little, thumb), the extra angle (radians) at each of its 4 joints.</param>
public sealed record HandPose(float Spread, float[][] JointAngles)
{
    /// <summary>Draws a pose; <paramref name="lateral"/> stacks the fingers as in a lateral view.</summary>
    public static HandPose Random(DeterministicRandom random, bool lateral)
    {
        float spread = lateral ? (float)random.Range(0.25, 0.45) : (float)random.Range(0.8, 1.1);
        var angles = new float[5][];
        for (int finger = 0; finger < 5; finger++)
        {
            angles[finger] = new float[4];
            for (int joint = 0; joint < 4; joint++)
                angles[finger][joint] = (float)(random.Gaussian() * 0.05);
        }
        return new HandPose(spread, angles);
    }
}
