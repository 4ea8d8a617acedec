namespace Ics2Port.Functions.Tests.Fallback.Channels;

using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ics2Port.Domain.Fallback;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Functions.Fallback.Channels;
using Ics2Port.Testing.Peers.Smtp;
using Microsoft.Extensions.Options;

public sealed class FallbackMailerTests(MailDevFixture mail) : IClassFixture<MailDevFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(10);
    private static readonly PortCallReference PortCall = new("PC-2611-0001", "LVVNT", "BALTIC TRADER", "9074729", "BT2611", "YLAB");
    private static readonly byte[] CrewCsv = Encoding.UTF8.GetBytes("familyName,givenNames,rankOrRating\nBERZINS,JANIS,MASTER\n");
    private static readonly FallbackDocument Crew = new("DOC-fal5-1", Direction.Arrival, DocumentType.Fal5, 1, Convert.ToHexStringLower(SHA256.HashData(CrewCsv)));
    private static readonly NetworkCredential Login = new("ics2port", "mail-test-password");

    private readonly FixedTimeProvider _clock = new(TestCertificates.Now);

    public Task InitializeAsync() => mail.Server.DeleteAllAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private SmtpOptions Smtp(int? port = null) => new()
    {
        Host = mail.Server.SmtpHost,
        Port = port ?? mail.Server.SmtpPort,
        EnableSsl = false,
        From = "fallback@ics2port.example",
        SendTimeout = TimeSpan.FromSeconds(10),
    };

    private static FallbackEmail Email(string port = "LVVNT", string caseId = "CASE-1", int attempt = 1) =>
        new(ControlPoints.Latvia.ForPort(port).Value, PortCall, Crew, new FallbackAttachment("fal5.csv", "text/csv", CrewCsv), caseId, attempt);

    [Fact]
    public async Task SendAsync_FB_2_EMAIL_Ventspils_ArrivesAtMkp0311WithDocumentAndItsSignature()
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        var mailer = new FallbackMailer(Options.Create(Smtp()), signer);

        var outcome = await mailer.SendAsync(Email());

        var message = Assert.Single(await mail.Server.WaitForMessagesAsync(1, Arrival));
        Assert.Equal((ChannelOutcomeKind.Succeeded, "<CASE-1.1@ics2port.example>"), (outcome.Kind, outcome.Reference));
        Assert.Equal(["mkp.0311@vid.gov.lv"], message.To);
        Assert.Equal(
            ("Port call PC-2611-0001, IMO 9074729, voyage BT2611: arrival fal5 version 1", "<CASE-1.1@ics2port.example>"),
            (message.Subject, message.MessageId));
        Assert.Equal(
            [("fal5.csv", "text/csv"), ("fal5.csv.p7s", "application/pkcs7-signature")],
            message.Attachments.Select(attachment => (attachment.FileName, attachment.ContentType)));
        Assert.Equal(CrewCsv, message.Attachments[0].Content);
        Assert.True(DocumentSigner.Verify(message.Attachments[0].Content, message.Attachments[1].Content));
    }

    [Theory]
    [InlineData("LVRIX", "mkp.0210@vid.gov.lv")]
    [InlineData("LVLPX", "mkp.0411@vid.gov.lv")]
    public async Task SendAsync_FB_2_EMAIL_Port_ArrivesAtItsControlPoint(string port, string address)
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        var mailer = new FallbackMailer(Options.Create(Smtp()), signer);

        await mailer.SendAsync(Email(port));

        var message = Assert.Single(await mail.Server.WaitForMessagesAsync(1, Arrival));
        Assert.Equal([address], message.To);
    }

    [Fact]
    public async Task SendAsync_FB_3_IN_PERSON_NoCertificate_NotUsableAndNothingSent()
    {
        using var noSigner = new DocumentSigner(null, _clock);
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        var unsigned = new FallbackMailer(Options.Create(Smtp()), noSigner);

        var outcome = await unsigned.SendAsync(Email(caseId: "CASE-UNSIGNED"));

        // A signed message sent afterwards is the only one to arrive: the unsigned one never left.
        await new FallbackMailer(Options.Create(Smtp()), signer).SendAsync(Email(caseId: "CASE-SIGNED"));
        var message = Assert.Single(await mail.Server.WaitForMessagesAsync(1, Arrival));
        Assert.Equal((ChannelOutcomeKind.NotUsable, false), (outcome.Kind, unsigned.IsUsable));
        Assert.Equal("<CASE-SIGNED.1@ics2port.example>", message.MessageId);
    }

    [Fact]
    public async Task SendAsync_SmtpServerDown_Unavailable()
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        var mailer = new FallbackMailer(Options.Create(Smtp(ClosedPorts.Refusing())), signer);

        var outcome = await mailer.SendAsync(Email());

        Assert.Equal(ChannelOutcomeKind.Unavailable, outcome.Kind);
    }

    [Fact]
    public async Task SendAsync_NoGreetingWithinSendTimeout_Unavailable()
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        using var silent = ClosedPorts.Silent();
        var options = Smtp(((IPEndPoint)silent.LocalEndpoint).Port);
        options.SendTimeout = TimeSpan.FromMilliseconds(300);
        var mailer = new FallbackMailer(Options.Create(options), signer);

        var outcome = await mailer.SendAsync(Email());

        Assert.Equal(ChannelOutcomeKind.Unavailable, outcome.Kind);
        Assert.Contains("no answer within", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_CallerCancelsWhileServerIsSilent_Throws()
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        using var cancelling = new CancellationTokenSource();
        using var silent = ClosedPorts.Silent();
        var mailer = new FallbackMailer(Options.Create(Smtp(((IPEndPoint)silent.LocalEndpoint).Port)), signer);

        var sending = mailer.SendAsync(Email(), cancelling.Token);
        using var connected = await silent.AcceptTcpClientAsync().WaitAsync(Arrival);
        await cancelling.CancelAsync();

        // Within the 10 s send timeout: a mailer that ignored the caller would answer Unavailable instead.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Fact]
    public async Task SendAsync_ConnectionLostBeforeServerConfirmed_UnavailableThoughServerHasIt()
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        var holdingReply = SmtpReplyHoldingProxy.Start(mail.Server.SmtpHost, mail.Server.SmtpPort);
        var mailer = new FallbackMailer(Options.Create(Smtp(holdingReply.Port)), signer);

        var sending = mailer.SendAsync(Email());
        var received = await mail.Server.WaitForMessagesAsync(1, Arrival);
        await holdingReply.DisposeAsync();
        var outcome = await sending;

        Assert.Single(received);
        Assert.Equal((ChannelOutcomeKind.Unavailable, null), (outcome.Kind, outcome.StatusCode));
    }

    [Fact]
    public async Task SendAsync_ServerRejectsRecipient_RejectedWithItsCodeAndNothingSent()
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        var mailer = new FallbackMailer(Options.Create(Smtp()), signer);
        // Longer than the 256-octet path RFC 5321 allows, so the server refuses it at RCPT TO.
        var tooLong = "mkp.0311@" + string.Join('.', Enumerable.Repeat(new string('x', 60), 4)) + ".vid.gov.lv";
        var email = Email() with { ControlPoint = ControlPoints.Latvia.ForPort("LVVNT").Value with { Email = tooLong } };

        var outcome = await mailer.SendAsync(email);

        Assert.Equal((ChannelOutcomeKind.Rejected, 501), (outcome.Kind, outcome.StatusCode));
        Assert.Empty(await mail.Server.GetMessagesAsync());
    }

    [Fact]
    public async Task SendAsync_EnableSslServerWithoutStartTls_UnavailableAndNothingSentInTheClear()
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        var options = Smtp();
        options.EnableSsl = true;
        var mailer = new FallbackMailer(Options.Create(options), signer);

        var outcome = await mailer.SendAsync(Email());

        Assert.Equal((ChannelOutcomeKind.Unavailable, null), (outcome.Kind, outcome.StatusCode));
        Assert.Contains("STARTTLS", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(await mail.Server.GetMessagesAsync());
    }

    [Fact]
    public async Task SendAsync_ServerWantsLogin_SentWithTheConfiguredOne()
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        await using var guarded = await MailDevServer.StartAsync(Login);
        var options = Smtp(guarded.SmtpPort);
        (options.UserName, options.Password) = (Login.UserName, Login.Password);
        var mailer = new FallbackMailer(Options.Create(options), signer);

        var outcome = await mailer.SendAsync(Email());

        var message = Assert.Single(await guarded.WaitForMessagesAsync(1, Arrival));
        Assert.Equal((ChannelOutcomeKind.Succeeded, "<CASE-1.1@ics2port.example>"), (outcome.Kind, outcome.Reference));
        Assert.Equal("<CASE-1.1@ics2port.example>", message.MessageId);
    }

    [Theory]
    [InlineData("ics2port", "wrong-password", 535)]
    [InlineData(null, null, 530)]
    public async Task SendAsync_ServerWantsLoginWrongOrNone_RejectedWithItsCodeAndNothingSent(string? userName, string? password, int code)
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        await using var guarded = await MailDevServer.StartAsync(Login);
        var options = Smtp(guarded.SmtpPort);
        (options.UserName, options.Password) = (userName, password);
        var mailer = new FallbackMailer(Options.Create(options), signer);

        var outcome = await mailer.SendAsync(Email());

        Assert.Equal((ChannelOutcomeKind.Rejected, code), (outcome.Kind, outcome.StatusCode));
        Assert.Empty(await guarded.GetMessagesAsync());
    }

    [Fact]
    public void IsUsable_NoSmtpHost_FalseNamingTheSetting()
    {
        using var signer = new DocumentSigner(TestCertificates.Signing(), _clock);
        var mailer = new FallbackMailer(Options.Create(new SmtpOptions { From = "fallback@ics2port.example" }), signer);

        var usable = mailer.IsUsable;

        Assert.False(usable);
        Assert.Contains("Smtp:Host", mailer.UnusableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageIdFor_CaseAndAttempt_SameForSameAttemptOnly()
    {
        using var signer = new DocumentSigner(null, _clock);
        var mailer = new FallbackMailer(Options.Create(Smtp()), signer);

        var ids = new[] { mailer.MessageIdFor("CASE 7", 1), mailer.MessageIdFor("CASE 7", 1), mailer.MessageIdFor("CASE 7", 2) };

        Assert.Equal(["<CASE%207.1@ics2port.example>", "<CASE%207.1@ics2port.example>", "<CASE%207.2@ics2port.example>"], ids);
    }
}
