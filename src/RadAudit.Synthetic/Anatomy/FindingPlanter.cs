using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>
/// Plants one finding into a built scene. <c>strength</c> is the conspicuity (≈1 at the default difficulty,
/// 0 = invisible): it scales fracture gap and step-off, lesion depth, joint narrowing and hardware density.
/// </summary>
public static class FindingPlanter
{
    /// <summary>Plants <paramref name="kind"/>; returns false when the view shows no suitable bone or joint.</summary>
    public static bool Plant(AnatomyScene scene, FindingKind kind, float strength, DeterministicRandom random)
    {
        if (strength <= 0) return false;
        if (kind == FindingKind.Degenerative) return PlantDegenerative(scene, strength, random);
        if (PickSite(scene, random) is not var (bone, along)) return false;
        switch (kind)
        {
            case FindingKind.Fracture: bone.Fracture = MakeFracture(scene, bone, along, strength, random); break;
            case FindingKind.Lesion: bone.Lesion = MakeLesion(scene, bone, along, strength, random); break;
            default: PlantHardware(scene, bone, along, strength, random); break;
        }
        return true;
    }

    /// <summary>
    /// A bone and a position along its shaft (0.2–0.8) that lies inside the image with a 10 % margin. Only the
    /// view's larger bones (shaft radius at least 60 % of the largest candidate) qualify, the largest likeliest:
    /// a lesion or plate on a clavicle or distal phalanx beside a humerus or radius would be a pixel or two at the
    /// model's input and teach nothing. Crops such as the elbow show only part of the long bones, so positions are
    /// tested along the shaft, not just its middle.
    /// </summary>
    private static (BodyShape Bone, float Along)? PickSite(AnatomyScene scene, DeterministicRandom random)
    {
        float margin = 0.1f * Math.Min(scene.Width, scene.Height);
        var sites = new List<(BodyShape Bone, float Along)>();
        foreach (BodyShape shape in scene.Shapes.Where(s => s.CanCarryFinding && s.Fracture is null && s.Lesion is null))
            for (float along = 0.2f; along <= 0.801f; along += 0.05f)
                if (scene.IsInside(PointF2.Lerp(shape.Shaft.From, shape.Shaft.To, along), margin))
                    sites.Add((shape, along));
        if (sites.Count == 0) return null;
        float largest = sites.Max(site => site.Bone.Shaft.RadiusFrom);
        sites.RemoveAll(site => site.Bone.Shaft.RadiusFrom < 0.6f * largest);
        var weights = sites.Select(site => Math.Pow(site.Bone.Shaft.RadiusFrom, 4)).ToList();
        return sites[random.Weighted(weights)];
    }

    /// <summary>
    /// The smallest radius (pixels) a fracture's gap and swelling and a lesion are sized from: 2.5 % of the image's
    /// long side, about 3 px at a 128 px model input, so that findings on thin bones survive the resize.
    /// </summary>
    private static float MinimumRadius(AnatomyScene scene) => 0.025f * Math.Max(scene.Width, scene.Height);

    private static (PointF2 Axis, PointF2 Across, float Length) Axes(Capsule shaft)
    {
        PointF2 axis = shaft.To - shaft.From;
        float length = axis.Length;
        axis *= 1f / length;
        return (axis, new PointF2(-axis.Y, axis.X), length);
    }

    private static Fracture MakeFracture(AnatomyScene scene, BodyShape bone, float along, float strength, DeterministicRandom random)
    {
        Capsule shaft = bone.Shaft;
        var (axis, across, _) = Axes(shaft);
        PointF2 point = PointF2.Lerp(shaft.From, shaft.To, along);
        PointF2 line = across.Rotate((float)random.Range(-0.6, 0.6));
        float radius = shaft.RadiusFrom;
        float side = random.Chance(0.5) ? 1 : -1;
        PointF2 stepOff = across * (side * radius * 0.8f * strength) + axis * (radius * 0.2f * strength);
        // The lucent gap widens with strength (a few pixels at 512 px) so that it survives the 4× reduction to a
        // 128 px model input; a hairline of fixed width would vanish there whatever its depth.
        float sized = MathF.Max(radius, MinimumRadius(scene));
        float gapWidth = MathF.Max(1.1f, sized * 0.4f * MathF.Min(strength, 1.5f));
        AddSwelling(scene, point, axis, sized, strength);
        return new Fracture(point, line, stepOff, Math.Clamp(0.8f * strength, 0, 0.95f), gapWidth);
    }

    /// <summary>
    /// Soft-tissue swelling (haematoma) around an acute fracture: a dense spindle about twice the bone's width. It
    /// is the large, low-contrast sign that remains visible at low resolution when the fracture line itself is
    /// only a pixel or two, as on real films where swelling often draws the eye to a subtle fracture.
    /// </summary>
    private static void AddSwelling(AnatomyScene scene, PointF2 centre, PointF2 axis, float radius, float strength)
    {
        PointF2 half = axis * (radius * 2.5f);
        float attenuation = AnatomyScene.SoftTissueAttenuation * 4f * MathF.Min(strength, 1.5f);
        scene.Add(new BodyShape(TissueKind.SoftTissue, attenuation, [new Capsule(centre - half, centre + half, radius * 2.6f, radius * 2.6f)]));
    }

    private static Lesion MakeLesion(AnatomyScene scene, BodyShape bone, float along, float strength, DeterministicRandom random)
    {
        Capsule shaft = bone.Shaft;
        var (_, across, _) = Axes(shaft);
        float radius = shaft.RadiusFrom;
        PointF2 centre = PointF2.Lerp(shaft.From, shaft.To, along) + across * (radius * (float)random.Range(-0.25, 0.25));
        // Size grows with strength as well as depth: an expansile lesion of most of the shaft width is what keeps
        // it visible after downsampling.
        float size = MathF.Max(radius, MinimumRadius(scene)) * (float)random.Range(0.75, 1.0) * (0.8f + 0.3f * MathF.Min(strength, 1.5f));
        return new Lesion(centre, size, Math.Clamp(0.8f * strength, 0, 0.95f), 0.2f * strength);
    }

    private static void PlantHardware(AnatomyScene scene, BodyShape bone, float along, float strength, DeterministicRandom random)
    {
        Capsule shaft = bone.Shaft;
        var (axis, across, length) = Axes(shaft);
        float radius = shaft.RadiusFrom;
        float metal = 60f * MathF.Min(1f, strength);
        PointF2 middle = PointF2.Lerp(shaft.From, shaft.To, along);
        bone.Fracture = new Fracture(middle, across, new PointF2(0, 0), 0.25f * MathF.Min(1f, strength), 1f);
        if (radius < 7f || random.Chance(0.3))
        {
            PointF2 wire = axis.Rotate((float)random.Range(-0.35, 0.35)) * (length * 0.45f);
            scene.Add(new BodyShape(TissueKind.Metal, metal, [new Capsule(middle - wire, middle + wire, 1.2f + radius * 0.12f, 1.2f + radius * 0.12f)]));
            return;
        }
        float half = length * (float)random.Range(0.18, 0.3);
        // The plate lies on the bone's surface, mostly over soft tissue, where metal stands out; over bone the
        // exposure curve is already near white and it would barely show.
        PointF2 plateCentre = middle + across * (radius * 1.5f);
        var parts = new List<Capsule> { new(plateCentre - axis * half, plateCentre + axis * half, radius * 0.3f, radius * 0.3f) };
        int screws = 3 + random.Index(4);
        for (int k = 0; k < screws; k++)
        {
            PointF2 at = PointF2.Lerp(plateCentre - axis * half * 0.85f, plateCentre + axis * half * 0.85f, k / (screws - 1f));
            parts.Add(new Capsule(at + across * (radius * 0.3f), at - across * (radius * 2.1f), radius * 0.16f, radius * 0.14f));
        }
        scene.Add(new BodyShape(TissueKind.Metal, metal, parts));
    }

    private static bool PlantDegenerative(AnatomyScene scene, float strength, DeterministicRandom random)
    {
        float margin = 0.08f * Math.Min(scene.Width, scene.Height);
        var joints = scene.Joints.Where(j => j.Proximal.Capsules.Count == 3 && j.Distal.Capsules.Count == 3
            && scene.IsInside(j.Distal.Capsules[0].From, margin)).ToList();
        if (joints.Count == 0) return false;
        var (proximal, distal) = joints[random.Index(joints.Count)];
        Capsule head = proximal.Capsules[2], baseCapsule = distal.Capsules[0];
        PointF2 gap = baseCapsule.From - head.To;
        float narrowing = Math.Clamp(0.45f * strength, 0f, 0.9f) * 0.5f;
        head.To += gap * narrowing;
        baseCapsule.From -= gap * narrowing;
        PointF2 joint = PointF2.Lerp(head.To, baseCapsule.From, 0.5f);
        var (_, across, _) = Axes(baseCapsule);
        float spur = head.RadiusTo * 0.28f * MathF.Min(strength, 1.6f);
        foreach (float side in new[] { -1f, 1f })
        {
            if (!random.Chance(0.8)) continue;
            PointF2 at = joint + across * (side * (head.RadiusTo + spur * 0.4f));
            scene.Add(new BodyShape(TissueKind.Bone, AnatomyScene.BoneAttenuation * 1.3f,
                [new Capsule(at - across * (side * spur), at + across * (side * spur * 0.5f), spur, spur * 0.4f)])
            { CortexFraction = 1f });
        }
        return true;
    }
}
