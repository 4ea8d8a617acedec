using Ics2Port.Storage.FallbackInbox;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.FallbackInbox;

[Collection("azurite")]
public sealed class IntakeStoreTests(AzuriteFixture azurite) : StoreTests<IntakeStore>(azurite, "intakes", layout => new IntakeStore(layout))
{
    [Fact]
    public async Task TryCreateAsync_NewIntake_CreatedAndReadBackWithItsAttachments()
    {
        var intake = Intake("<new@baltship.lv>");

        var (created, current) = await Store.TryCreateAsync(intake);

        Assert.True(created);
        Assert.Equal(current, await Store.GetAsync(intake.IntakeId), IntakeComparer.Instance);
    }

    [Fact]
    public async Task TryCreateAsync_SameEmailAgain_NotCreatedAndTheFirstIntake()
    {
        var (_, first) = await Store.TryCreateAsync(Intake("<twice@baltship.lv>"));

        var (created, current) = await Store.TryCreateAsync(Intake("<twice@baltship.lv>") with { Subject = "posted again", RecordedAt = ReceivedAt.AddMinutes(1) });

        Assert.False(created);
        Assert.Equal(first, current, IntakeComparer.Instance);
    }

    [Fact]
    public async Task TryUpdateAsync_CurrentETag_WrittenWithANewETag()
    {
        var (_, intake) = await Store.TryCreateAsync(Intake("<update@baltship.lv>"));

        var updated = await Store.TryUpdateAsync(intake with { Status = "processed", PortCallId = "pc-1", AgentId = "AG-A", Link = "port-call-id" });

        Assert.NotEqual(intake.ETag, updated!.ETag);
        Assert.Equal(updated, await Store.GetAsync(intake.IntakeId), IntakeComparer.Instance);
    }

    [Fact]
    public async Task TryUpdateAsync_StaleETag_NullAndTheNewerWriteStays()
    {
        var (_, intake) = await Store.TryCreateAsync(Intake("<stale@baltship.lv>"));
        var newer = await Store.TryUpdateAsync(intake with { Status = "processed" });

        var stale = await Store.TryUpdateAsync(intake with { Status = "received", Subject = "lost" });

        Assert.Null(stale);
        Assert.Equal(newer, await Store.GetAsync(intake.IntakeId), IntakeComparer.Instance);
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("")]
    [InlineData("a#b")]
    public async Task GetAsync_Unknown_Null(string intakeId)
    {
        var intake = await Store.GetAsync(intakeId);

        Assert.Null(intake);
    }

    [Fact]
    public async Task ListAsync_MoreThanOnePage_EveryIntakeOldestFirst()
    {
        var messageIds = Enumerable.Range(1, (PageSize * 2) + 1).Select(i => $"<page-{i}@baltship.lv>").ToList();
        for (var i = 0; i < messageIds.Count; i++)
        {
            await Store.TryCreateAsync(Intake(messageIds[i]) with { RecordedAt = ReceivedAt.AddMinutes(messageIds.Count - i) });
        }

        var listed = await Store.ListAsync(link: null).ToListAsync();

        Assert.Equal(Enumerable.Reverse(messageIds), listed.Select(i => i.MessageId));
    }

    [Fact]
    public async Task ListAsync_LinkWithAQuote_OnlyIntakesWithThatLink()
    {
        await Store.TryCreateAsync(Intake("<quoted@baltship.lv>") with { Link = "imo'voyage" });
        await Store.TryCreateAsync(Intake("<plain@baltship.lv>") with { Link = "imo" });

        var listed = await Store.ListAsync("imo'voyage").ToListAsync();

        Assert.Equal(["<quoted@baltship.lv>"], listed.Select(i => i.MessageId));
    }

    [Fact]
    public async Task SaveFileAsync_NameTaken_KeepsTheFirstFile()
    {
        var name = IntakeStore.BlobNameOf(IntakeStore.IntakeIdOf("<file@baltship.lv>"), "message.json");
        await Store.SaveFileAsync(name, BinaryData.FromString("first"), "application/json");

        await Store.SaveFileAsync(name, BinaryData.FromString("second"), "application/json");

        Assert.Equal("first", (await Store.ReadFileAsync(name))!.ToString());
    }

    [Fact]
    public async Task ReadFileAsync_Missing_Null()
    {
        var file = await Store.ReadFileAsync("inbox/missing/message.json");

        Assert.Null(file);
    }

    private static IntakeRecord Intake(string messageId)
    {
        var intakeId = IntakeStore.IntakeIdOf(messageId);
        return new IntakeRecord
        {
            IntakeId = intakeId,
            MessageId = messageId,
            From = "agent@baltship.lv",
            To = "customs@vid.gov.lv",
            Subject = "pc-1 arrival",
            ReceivedAt = ReceivedAt.AddMinutes(-10),
            RecordedAt = ReceivedAt,
            Status = "received",
            Link = "unlinked",
            MessageBlobName = IntakeStore.BlobNameOf(intakeId, "message.json"),
            Attachments =
            [
                new IntakeAttachment
                {
                    FileName = "arrival-fal5.csv",
                    ContentType = "text/csv",
                    Length = 42,
                    Sha256 = "sha-attachment",
                    BlobName = IntakeStore.BlobNameOf(intakeId, "1-arrival-fal5.csv"),
                    Outcome = "waiting",
                },
            ],
        };
    }

    // Records hold their attachments in a list, which record equality compares by reference.
    private sealed class IntakeComparer : IEqualityComparer<IntakeRecord?>
    {
        public static readonly IntakeComparer Instance = new();

        public bool Equals(IntakeRecord? x, IntakeRecord? y) =>
            x is null || y is null ? x is null && y is null : x with { Attachments = [] } == y with { Attachments = [] } && x.Attachments.SequenceEqual(y.Attachments);

        public int GetHashCode(IntakeRecord? obj) => obj?.IntakeId.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
