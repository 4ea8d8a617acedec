namespace Ics2Port.Domain.Tests.Fallback;

using Ics2Port.Domain.Fallback;
using Ics2Port.Domain.PortCalls;

public sealed class InPersonSummaryTests
{
    private static readonly PortCallReference PortCall = new("PC-2611-0001", "LVVNT", "BALTIC TRADER", "9074729", "BT2611", "YLAB");
    private static readonly DateTimeOffset PreparedAt = new(2026, 11, 23, 6, 30, 0, TimeSpan.FromHours(2));

    private static FallbackDocument Document(DocumentType type, int version, char hash) =>
        new($"DOC-{type.ToWire()}", Direction.Arrival, type, version, new string(hash, 64));

    [Fact]
    public void Render_FB_3_IN_PERSON_TwoDocuments_PrintableSheet()
    {
        var controlPoint = new CustomsControlPoint("LVVNT", "0311", "Ventspils port MKP", "mkp.0311@vid.gov.lv", "Example street 1, Ventspils");

        var sheet = InPersonSummary.Render(controlPoint, PortCall, [Document(DocumentType.Fal1, 1, 'a'), Document(DocumentType.Manifest, 3, 'b')], PreparedAt);

        Assert.Equal(
            """
            PORT DOCUMENTS SUBMITTED IN PERSON (fallback procedure, port system unavailable)

            Customs control point: 0311 Ventspils port MKP
            Address:               Example street 1, Ventspils
            E-mail:                mkp.0311@vid.gov.lv

            Port call:             PC-2611-0001
            Port:                  LVVNT
            Vessel:                BALTIC TRADER, IMO 9074729, call sign YLAB
            Voyage:                BT2611
            Prepared:              2026-11-23 06:30 +02:00

            Documents (2):
              1. FAL 1 General Declaration (fal1), arrival, version 1
                 document id: DOC-fal1
                 SHA-256:     aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
              2. FAL 2 Cargo Manifest (manifest), arrival, version 3
                 document id: DOC-manifest
                 SHA-256:     bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb

            Every document listed will be submitted in the port system once it is restored.

            Received at the control point (name, signature, date and time):

            ______________________________________________________________

            """,
            sheet);
    }

    [Fact]
    public void Render_FB_3_IN_PERSON_AddressNotConfigured_NoAddressLine()
    {
        var controlPoint = ControlPoints.Latvia.ForPort("LVVNT").Value;

        var sheet = InPersonSummary.Render(controlPoint, PortCall, [Document(DocumentType.Fal5, 1, 'c')], PreparedAt);

        Assert.DoesNotContain("Address:", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoDocuments_Throws()
    {
        var controlPoint = ControlPoints.Latvia.ForPort("LVRIX").Value;

        var render = () => InPersonSummary.Render(controlPoint, PortCall, [], PreparedAt);

        Assert.Throws<ArgumentException>(render);
    }
}
