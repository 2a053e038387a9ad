using RadAudit.Imaging;
using RadAudit.Synthetic.Anatomy;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Realism;

/// <summary>
/// Foreign objects planted into the anatomy before it is exposed, as hard negatives for a label detector: a plate
/// with screws or a wire (the generator's own hardware finding, drawn whatever the label), loose screws and a
/// plaster cast. Every metal capsule in the scene, the finding's included, is recorded as hardware and burnt in
/// whiter than bone after exposure.
/// </summary>
internal static class SceneMimics
{
    /// <summary>Plants the mimics the realism draws and returns every mimic's box.</summary>
    public static List<MimicElement> Plant(AnatomyScene scene, MarkerRealism realism, DeterministicRandom random)
    {
        bool plate = random.Chance(realism.PlateChance), screws = random.Chance(realism.ScrewChance), cast = random.Chance(realism.CastChance);
        var placement = new DeterministicRandom((long)random.NextBits());
        if (plate) FindingPlanter.Plant(scene, FindingKind.Hardware, (float)placement.Range(0.8, 1.6), placement);
        if (screws) AddScrews(scene, placement);
        var mimics = new List<MimicElement>();
        if (cast && AddCast(scene, placement) is { } castBox) mimics.Add(castBox);
        foreach (Capsule capsule in Metal(scene))
            if (Box(capsule, scene) is { } bounds) mimics.Add(new MimicElement(MimicKinds.Hardware, bounds));
        return mimics;
    }

    /// <summary>Every metal capsule of the scene (the finding's hardware and the mimics').</summary>
    public static List<Capsule> Metal(AnatomyScene scene) =>
        scene.Shapes.Where(shape => shape.Kind == TissueKind.Metal).SelectMany(shape => shape.Capsules).ToList();

    /// <summary>
    /// Burns the metal in at <paramref name="level"/> (0.9–1.0): on a real film metal is whiter than any bone, while the
    /// exposure curve would leave it at the bone's brightness.
    /// </summary>
    public static void BurnMetal(GrayImage image, IReadOnlyList<Capsule> metal, float level)
    {
        foreach (Capsule capsule in metal)
            StrokeRasterizer.Draw(image, [(capsule.From, capsule.To)], MathF.Max(capsule.RadiusFrom, capsule.RadiusTo), level);
    }

    private static IEnumerable<BodyShape> Bones(AnatomyScene scene) => scene.Shapes.Where(shape => shape.Kind == TissueKind.Bone && shape.CanCarryFinding);

    /// <summary>2–4 screws across random bone shafts (bright short bars: the "I"-like mimic).</summary>
    private static void AddScrews(AnatomyScene scene, DeterministicRandom random)
    {
        var bones = Bones(scene).ToList();
        if (bones.Count == 0) return;
        int count = 2 + random.Index(3);
        for (int k = 0; k < count; k++)
        {
            Capsule shaft = bones[random.Index(bones.Count)].Shaft;
            PointF2 axis = shaft.To - shaft.From;
            PointF2 across = new PointF2(-axis.Y, axis.X) * (1f / MathF.Max(axis.Length, 1e-3f));
            PointF2 at = PointF2.Lerp(shaft.From, shaft.To, (float)random.Range(0.2, 0.8));
            float radius = shaft.RadiusFrom, thickness = MathF.Max(1.2f, radius * 0.16f);
            PointF2 half = across.Rotate((float)random.Range(-0.4, 0.4)) * (radius * 1.2f);
            scene.Add(new BodyShape(TissueKind.Metal, 50f, [new Capsule(at - half, at + half, thickness, thickness * 0.85f)]));
        }
    }

    /// <summary>A plaster shell around the longest bone: a hollow cylinder three bone radii wide, with bright walls.</summary>
    private static MimicElement? AddCast(AnatomyScene scene, DeterministicRandom random)
    {
        BodyShape? bone = Bones(scene).MaxBy(shape => (shape.Shaft.To - shape.Shaft.From).Length);
        if (bone is null) return null;
        Capsule shaft = bone.Shaft;
        float radius = MathF.Max(shaft.RadiusFrom, shaft.RadiusTo) * (float)random.Range(2.6, 3.6);
        var capsule = new Capsule(PointF2.Lerp(shaft.From, shaft.To, 0.05f), PointF2.Lerp(shaft.From, shaft.To, 0.95f), radius, radius * 0.9f);
        scene.Add(new BodyShape(TissueKind.Bone, (float)random.Range(1.2, 2.2), [capsule]) { CortexFraction = 0.18f, MedullaDensity = 0.25f });
        return Box(capsule, scene) is { } bounds ? new MimicElement(MimicKinds.Cast, bounds) : null;
    }

    private static PixelBounds? Box(Capsule capsule, AnatomyScene scene)
    {
        float radius = MathF.Max(capsule.RadiusFrom, capsule.RadiusTo);
        PixelBounds bounds = PixelBounds.Around(MathF.Min(capsule.From.X, capsule.To.X), MathF.Min(capsule.From.Y, capsule.To.Y),
            MathF.Max(capsule.From.X, capsule.To.X), MathF.Max(capsule.From.Y, capsule.To.Y), radius, scene.Width, scene.Height);
        return bounds.IsEmpty ? null : bounds;
    }
}
