namespace Ics2Port.Domain.Tests.Builders;

using Ics2Port.Domain.Parties;

/// <summary>A valid passport that expires long after the test port calls.</summary>
public sealed class IdentityDocumentBuilder
{
    private IdentityDocument document = new()
    {
        Type = "passport",
        Number = "LV1234567",
        IssuingState = "LV",
        ExpiryDate = "2031-05-31",
    };

    public IdentityDocumentBuilder WithType(string? type) => With(document with { Type = type });

    public IdentityDocumentBuilder WithNumber(string? number) => With(document with { Number = number });

    public IdentityDocumentBuilder WithIssuingState(string? issuingState) => With(document with { IssuingState = issuingState });

    public IdentityDocumentBuilder WithExpiryDate(string? expiryDate) => With(document with { ExpiryDate = expiryDate });

    public IdentityDocument Build() => document;

    private IdentityDocumentBuilder With(IdentityDocument changed)
    {
        document = changed;
        return this;
    }
}
