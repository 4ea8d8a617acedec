namespace Ics2Port.Domain.Tests.Fallback;

using Ics2Port.Domain.Fallback;
using Ics2Port.Domain.PortCalls;

public sealed class FallbackCorrespondenceTests
{
    private static readonly PortCallReference PortCall = new("PC-2611-0001", "LVLPX", "BALTIC TRADER", "9074729", "BT2611");
    private static readonly FallbackDocument Crew = new("DOC-7", Direction.Departure, DocumentType.Fal5, 2, new string('e', 64));

    [Fact]
    public void Subject_Document_NamesPortCallImoVoyageTypeAndVersion()
    {
        var subject = FallbackCorrespondence.Subject(PortCall, Crew);

        Assert.Equal("Port call PC-2611-0001, IMO 9074729, voyage BT2611: departure fal5 version 2", subject);
    }

    [Fact]
    public void Body_FB_2_EMAIL_Document_NamesControlPointAndHash()
    {
        var controlPoint = ControlPoints.Latvia.ForPort("LVLPX").Value;

        var body = FallbackCorrespondence.Body(controlPoint, PortCall, Crew);

        Assert.Equal(
            ["To customs control point 0411 Liepāja port MKP.", $"SHA-256:   {new string('e', 64)}"],
            body.Split(Environment.NewLine).Where(line => line.StartsWith("To ", StringComparison.Ordinal) || line.StartsWith("SHA", StringComparison.Ordinal)));
    }
}
