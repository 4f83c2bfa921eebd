using Claims.Contracts.Model;
using Claims.Infrastructure.EventStore;
using Claims.Lifecycle;
using Claims.Lifecycle.Answering;
using Claims.Lifecycle.Ending;
using Claims.Lifecycle.Filing;
using Claims.Lifecycle.Notes;
using Claims.Lifecycle.Overriding;
using Claims.Lifecycle.Paying;

namespace Claims.Demo;

/// <summary>
/// Writes each claim's story as dated steps, drawn from the carrier's behaviour: filed or let lapse, accepted, countered,
/// disputed or met with silence, paid in full, in part or not at all (the deadline then deducts it from the deposit),
/// closed, sometimes reopened. Steps after today are left out: recent claims are still in progress.
/// </summary>
internal sealed class ClaimStories(Random random, DateOnly today)
{
    private static readonly string[] DisputeReasons =
        ["承运商称外包装完好，拒绝赔付", "承运商要求提供开箱视频", "承运商认为属于不可抗力（天气原因）", "承运商称客户已签收无异议"];

    private static readonly string[] StaffNotes =
        ["已电话联系网点，等待回复", "客户已补发商品", "已上传客户提供的照片", "网点负责人承诺三天内处理", "已在平台工单同步进度"];

    public List<PlannedStep> Steps { get; } = [];

    public List<PlannedReport> Reports { get; } = [];

    /// <param name="manual">The contract engine will not price it (known in advance: assessment is pure).</param>
    public void Write(CarrierProfile carrier, Incident incident, ClaimTerms terms, DateOnly reportedOn, bool manual)
    {
        var id = ClaimState.StreamId(incident.CarrierCode, incident.Waybill, incident.Direction);
        var staff = DemoPeople.OnDuty;
        Reports.Add(new PlannedReport(reportedOn, incident, staff, Again: false));
        if (Chance(0.02))
            Reports.Add(new PlannedReport(reportedOn.AddDays(random.Next(1, 6)), incident with { Note = "客户再次来电投诉，要求尽快处理" }, staff, Again: true));
        if (Chance(0.12))
        {
            var note = StaffNotes[random.Next(StaffNotes.Length)];
            Add(reportedOn.AddDays(random.Next(1, 11)), Phase.Note, id, staff, (c, _, _) => AddNoteHandler.Decide(c, new AddNote(note)));
        }

        // A claim the engine could not price: the manager usually sets the amount from the invoice, else it lapses.
        var fileOn = reportedOn.AddDays(Chance(0.85) ? random.Next(0, 3) : random.Next(3, 7));
        if (manual && Chance(0.75))
        {
            var overrideOn = reportedOn.AddDays(random.Next(1, 4));
            var fraction = 0.6m + (decimal)random.NextDouble() * 0.4m;
            var amount = Math.Max(1m, Math.Round((incident.ClaimedAmount ?? incident.GoodsValue) * fraction, 2));
            Add(overrideOn, Phase.Override, id, DemoPeople.Manager, (c, _, _) => OverrideAssessmentHandler.Decide(c,
                new OverrideAssessment(amount, "主管按发票与聊天记录核定金额", c.Currency ?? (carrier.Code == "FDX" ? "USD" : "CNY"))));
            fileOn = Max(fileOn, overrideOn.AddDays(1));
        }
        else if (manual)
        {
            Add(reportedOn.AddDays(random.Next(20, 40)), Phase.End, id, DemoPeople.Manager,
                (c, _, _) => EndClaimHandler.Decide(c, new WaiveClaim("无合同条款适用，与承运商协商未果")));
            return;
        }

        if (Chance(0.05))
        {
            Add(reportedOn.AddDays(random.Next(40, 60)), Phase.End, id, DemoPeople.Manager,
                (c, _, _) => c.FiledOn is not null ? Decision.Nothing : EndClaimHandler.Decide(c, new WaiveClaim("错过索赔时效，放弃索赔")));
            return;
        }
        Add(fileOn, Phase.File, id, staff, (c, t, d) => FileClaimHandler.Decide(c, new FileClaim(fileOn), t, d));
        Answer(carrier, terms, id, staff, fileOn);
    }

    private void Answer(CarrierProfile carrier, ClaimTerms terms, string id, Actor staff, DateOnly filedOn)
    {
        var answerOn = filedOn.AddDays(random.Next(1, carrier.AnswerDaysMax + 1));
        var u = random.NextDouble();
        if (u < carrier.Accept)
        {
            Add(answerOn, Phase.Answer, id, staff, (c, t, d) => RecordAnswerHandler.Decide(c, new RecordAcceptance(answerOn, null), t, d));
            Pay(carrier, terms, id, answerOn);
        }
        else if (u < carrier.Accept + carrier.Counter)
        {
            var fraction = 0.5m + (decimal)random.NextDouble() * 0.35m;
            Add(answerOn, Phase.Answer, id, staff, (c, _, d) =>
                RecordAnswerHandler.Decide(c, new RecordCounterOffer(answerOn, Math.Max(0.01m, Math.Round((c.ClaimAmount ?? 0m) * fraction, 2))), d));
            if (Chance(0.75))
            {
                var acceptOn = answerOn.AddDays(random.Next(2, 7));
                Add(acceptOn, Phase.Answer, id, staff, (c, t, d) => RecordAnswerHandler.Decide(c, new RecordAcceptance(acceptOn, null), t, d));
                Pay(carrier, terms, id, acceptOn);
            }
        }
        else if (u < carrier.Accept + carrier.Counter + carrier.Dispute)
        {
            var reason = DisputeReasons[random.Next(DisputeReasons.Length)];
            Add(answerOn, Phase.Answer, id, staff, (c, _, d) => RecordAnswerHandler.Decide(c, new RecordDispute(answerOn, reason), d));
            Disputed(carrier, terms, id, staff, answerOn);
        }
        else if (!terms.DeemedAcceptedOnSilence)
        {
            // Silence the contract does not treat as acceptance: chased until the carrier answers, late.
            var lateOn = filedOn.AddDays((terms.RespondWithinDays ?? 7) + random.Next(3, 16));
            Add(lateOn, Phase.Answer, id, staff, (c, t, d) => RecordAnswerHandler.Decide(c, new RecordAcceptance(lateOn, null), t, d));
            Pay(carrier, terms, id, lateOn);
        }
        else
        {
            Pay(carrier, terms, id, filedOn.AddDays((terms.RespondWithinDays ?? 7) + 1));
        }
    }

    private void Disputed(CarrierProfile carrier, ClaimTerms terms, string id, Actor staff, DateOnly disputedOn)
    {
        var u = random.NextDouble();
        if (u < 0.5)
        {
            Add(disputedOn.AddDays(random.Next(1, 4)), Phase.Note, id, staff, (c, _, _) => AddNoteHandler.Decide(c, new AddNote("已补充开箱视频和破损照片，再次提交承运商")));
            var acceptOn = disputedOn.AddDays(random.Next(5, 16));
            var fraction = 0.5m + (decimal)random.NextDouble() * 0.4m;
            Add(acceptOn, Phase.Answer, id, staff, (c, t, d) =>
                RecordAnswerHandler.Decide(c, new RecordAcceptance(acceptOn, Math.Max(0.01m, Math.Round((c.ClaimAmount ?? 0m) * fraction, 2))), t, d));
            Pay(carrier, terms, id, acceptOn);
        }
        else if (u < 0.8)
        {
            Add(disputedOn.AddDays(random.Next(10, 21)), Phase.End, id, DemoPeople.Manager, (c, _, _) => EndClaimHandler.Decide(c, new WaiveClaim("证据不足，接受承运商拒赔")));
        }
    }

    private void Pay(CarrierProfile carrier, ClaimTerms terms, string id, DateOnly acceptedOn)
    {
        var payWithin = terms.PayWithinDays ?? 30;
        var u = random.NextDouble();
        DateOnly settledOn;
        if (u < carrier.PayFull)
        {
            var payOn = acceptedOn.AddDays(random.Next(2, Math.Max(3, payWithin)));
            Add(payOn, Phase.Pay, id, DemoPeople.Finance, (c, _, d) => c.Outstanding <= 0m ? Decision.Nothing
                : RecordPaymentHandler.Decide(c, new RecordPayment(payOn, c.Outstanding, Reference(carrier, payOn)), d));
            settledOn = payOn;
        }
        else if (u < carrier.PayFull + carrier.PayPartial)
        {
            // Part paid, the rest never: the payment deadline deducts the remainder from the deposit.
            var payOn = acceptedOn.AddDays(random.Next(2, Math.Max(3, payWithin)));
            var fraction = 0.4m + (decimal)random.NextDouble() * 0.4m;
            Add(payOn, Phase.Pay, id, DemoPeople.Finance, (c, _, d) => c.Outstanding <= 0m ? Decision.Nothing
                : RecordPaymentHandler.Decide(c, new RecordPayment(payOn, Math.Max(0.01m, Math.Round(c.Outstanding * fraction, 2)), Reference(carrier, payOn)), d));
            settledOn = acceptedOn.AddDays(payWithin + 1);
        }
        else
        {
            settledOn = acceptedOn.AddDays(payWithin + 1);
        }

        if (!Chance(0.65))
            return;
        var closeOn = settledOn.AddDays(random.Next(3, 16));
        Add(closeOn, Phase.End, id, DemoPeople.Finance,
            (c, _, _) => c.Status != ClaimStatus.Paid ? Decision.Nothing : EndClaimHandler.Decide(c, new CloseClaim("已对账结案")));
        if (!Chance(0.03))
            return;
        var reopenOn = closeOn.AddDays(random.Next(5, 16));
        Add(reopenOn, Phase.End, id, DemoPeople.Manager, (c, _, _) => c.Status != ClaimStatus.Closed ? Decision.Nothing
            : EndClaimHandler.Decide(c, new ReopenClaim("承运商对结案金额提出异议，复核")));
        var againOn = reopenOn.AddDays(random.Next(3, 8));
        Add(againOn, Phase.End, id, DemoPeople.Finance, (c, _, _) => c.Status != ClaimStatus.Paid ? Decision.Nothing
            : EndClaimHandler.Decide(c, new CloseClaim("复核完毕，维持原结论")));
    }

    private static string Reference(CarrierProfile carrier, DateOnly on) => $"{carrier.Code}-PAY-{on:yyyyMMdd}";

    private void Add(DateOnly on, Phase phase, string id, Actor actor, Func<ClaimState, ClaimTerms, DateOnly, Decision> decide)
    {
        if (on <= today)
            Steps.Add(new PlannedStep(on, phase, id, actor, decide));
    }

    private bool Chance(double p) => random.NextDouble() < p;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
