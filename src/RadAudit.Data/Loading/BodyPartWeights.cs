namespace RadAudit.Data.Loading;

/// <summary>MURA's class weights for one study type, from its study counts.</summary>
/// <param name="BodyPart">Study type (body part); empty for records without one.</param>
/// <param name="AbnormalStudies">|A|, abnormal studies.</param>
/// <param name="NormalStudies">|N|, normal studies.</param>
/// <param name="AbnormalWeight">|N| / (|A| + |N|), or 1 when one class is absent.</param>
/// <param name="NormalWeight">|A| / (|A| + |N|), or 1 when one class is absent.</param>
public sealed record BodyPartWeights(string BodyPart, int AbnormalStudies, int NormalStudies, float AbnormalWeight, float NormalWeight);
