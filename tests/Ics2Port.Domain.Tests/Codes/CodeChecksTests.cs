namespace Ics2Port.Domain.Tests.Codes;

using Ics2Port.Domain.Codes;
using Ics2Port.Domain.Ens;

/// <summary>The checks the rules run (IsValid) accept exactly what the parsers accept.</summary>
public sealed class CodeChecksTests
{
    public static TheoryData<string?> Inputs =>
    [
        null, string.Empty, " ", "LV", "lv", "XX", "XI", "LVRIX", "LV RIX", "LVRI0", "LV  RIX", "lvrix", "LVRIXX", "ZZRIX",
        "LV40003012345", "LV4000301234", "LV400030123A", "DE123456789012345", "DE1234567890123456", "SE5560000001", "se5560000001",
        "4407", "4407 10", "4407.10.91", "440710", "44071091", "440710910", "44", "0001", "7701", "9801", "44A7", "4 4 0 7", "4407..",
        "CSQU3054383", "CSQU 305438 3", "CSQU3054384", "CSQX3054383", "csqu3054383", "CSQU305438", "CSQU30543833", "MSCU0000000",
        "ops@baltic.example", "a@b.c", "a@@b.c", "@b.c", "a@b.", "a@.bc", "a@b..c", "a b@c.d", "a@bc", "a\t@b.c",
        "+371 67 000 000", "+371-67123456", "67123456", "+12345", "+123456", "1234567890123456", "+ 371", "+371 67 000 000 ", "-371 6700", "371a6700",
        "26LV000210E0000001", "26LV000210ENS00012", "26lv000210ENS00012", "26XX000210ENS00012", "2XLV000210ENS00012", "26LV000210ENS0001", "26LV000210ens00012",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void IsValid_AcceptsWhatTryParseAccepts(string? input)
    {
        Assert.Equal(HsCode.TryParse(input, out var hsCode), HsCode.IsValid(input));
        Assert.Equal(hsCode?.IsHeadingOnly == true, HsCode.IsValidHeadingOnly(input));
        Assert.Equal(ContainerNumber.TryParse(input, out _), ContainerNumber.IsValid(input));
        Assert.Equal(Eori.TryParse(input, out _), Eori.IsValid(input));
        Assert.Equal(UnLocode.TryParse(input, out _), UnLocode.IsValid(input));
        Assert.Equal(EmailAddress.TryParse(input, out _), EmailAddress.IsValid(input));
        Assert.Equal(PhoneNumber.TryParse(input, out _), PhoneNumber.IsValid(input));
        Assert.Equal(MovementReferenceNumber.TryParse(input, out _), MovementReferenceNumber.IsValid(input));
        Assert.Equal(CountryCode.TryParse(input, out _), CountryCode.IsAssigned(input));
        Assert.Equal(CountryCode.IsAssigned(input), input is not null && CountryCode.IsAssigned(input.AsSpan()));
    }
}
