namespace RadAudit.Synthetic.Anatomy;

/// <summary>What a shape is made of, which sets how it attenuates X-rays.</summary>
public enum TissueKind
{
    /// <summary>Solid, faint (skin, muscle, fat).</summary>
    SoftTissue,

    /// <summary>Hollow: dense cortex around a textured, less dense medulla.</summary>
    Bone,

    /// <summary>Solid and nearly opaque (plates, screws, wires).</summary>
    Metal,
}
