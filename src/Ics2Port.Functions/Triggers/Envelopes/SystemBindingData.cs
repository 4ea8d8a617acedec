namespace Ics2Port.Functions.Triggers.Envelopes;

/// <summary>The host's <c>Metadata.sys</c>: <c>{ "MethodName", "UtcNow", "RandGuid" }</c>.</summary>
public sealed record SystemBindingData(string? MethodName, DateTimeOffset? UtcNow, string? RandGuid)
{
    public static SystemBindingData? Read(InvocationRequest request)
    {
        if (EnvelopeValues.ReadObject(request.MetadataFor("sys")) is not { } sys)
        {
            return null;
        }

        return new SystemBindingData(
            EnvelopeValues.ReadString(EnvelopeValues.Member(sys, "MethodName")),
            EnvelopeValues.ReadTimestamp(EnvelopeValues.Member(sys, "UtcNow")),
            EnvelopeValues.ReadString(EnvelopeValues.Member(sys, "RandGuid")));
    }

}
