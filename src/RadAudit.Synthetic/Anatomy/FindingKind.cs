namespace RadAudit.Synthetic.Anatomy;

/// <summary>The kinds of abnormality planted in abnormal studies (and, faintly, as mimics in normal ones).</summary>
public enum FindingKind
{
    /// <summary>Lucent fracture line with cortical step-off.</summary>
    Fracture,

    /// <summary>Round lucent lesion with a sclerotic rim.</summary>
    Lesion,

    /// <summary>Orthopaedic plate and screws, or wires.</summary>
    Hardware,

    /// <summary>Joint-space narrowing with osteophytes.</summary>
    Degenerative,
}
