namespace RadAudit.Data.Tests.Fixtures;

/// <summary>One study of a MURA-layout fixture.</summary>
public sealed record FixtureStudy(string Split, string BodyPart, int Patient, int Study, int Label, int Images)
{
    /// <summary>The study folder path as MURA spells it, with a trailing slash.</summary>
    public string Folder => $"MURA-v1.1/{Split}/{BodyPart}/patient{Patient:00000}/study{Study}_{(Label == 1 ? "positive" : "negative")}/";
}
