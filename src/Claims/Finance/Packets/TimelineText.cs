using Claims.Carriers;
using Claims.Lifecycle;

namespace Claims.Finance.Packets;

/// <summary>What a claim event means to a person (the carrier reading the packet, `claims show`): a bilingual name and its business details.</summary>
public static class TimelineText
{
    // Details read in both languages: figures and dates need none, the few words beside them are given in each.
    public static (string What, string? Detail) Describe(object data, string? currency) => data switch
    {
        IncidentReported e => ("登记事故 Incident reported", $"{Labels.Incident(IncidentName(e))} · {Labels.Date(e.IncidentOn)}"),
        AdditionalIncidentReported e => ("追加事故 Further incident", $"{Labels.Incident(Claims.Contracts.Model.IncidentTypeNames.Name(e.Incident))} · {Labels.Date(e.IncidentOn)}"),
        ClaimAssessed e => ("核定金额 Assessed", $"{Labels.Money(e.Amount, e.Currency)} · {e.Contract} 第 {e.Page} 页第 {e.Clause} 条 clause {e.Clause}, p. {e.Page}"),
        ClaimNeedsManualAssessment e => ("待人工核定 Needs manual assessment", Labels.Reason(e.Reason)),
        AssessmentOverridden e => ("调整金额 Amount overridden", $"{Labels.Money(e.Amount, e.Currency)}：{e.Reason}"),
        EvidenceAttached e => ("上传证据 Evidence attached", e.FileName),
        ClaimFiled e => ("提交索赔 Claim filed", $"{Labels.Money(e.Amount, currency)} · {Labels.Date(e.On)} · 答复截止 answer due {Labels.Date(e.RespondBy)}"),
        CarrierAccepted e => ("承运商同意 Carrier accepted", $"{Labels.Money(e.Amount, currency)} · {Labels.Date(e.On)} · 付款截止 payment due {Labels.Date(e.PayBy)}"),
        CarrierDeemedAccepted e => ("逾期未答复视为同意 Deemed accepted (no answer)", $"{Labels.Money(e.Amount, currency)} · {Labels.Date(e.On)} · 付款截止 payment due {Labels.Date(e.PayBy)}"),
        CarrierDisputed e => ("承运商有异议 Carrier disputed", $"{Labels.Date(e.On)}：{e.Reason}"),
        CarrierCounterOffered e => ("承运商还价 Carrier counter-offered", $"{Labels.Money(e.Amount, currency)} · {Labels.Date(e.On)}" + (e.Reason is null ? "" : $"：{e.Reason}")),
        PaymentReceived e => ("收到赔款 Payment received", $"{Labels.Money(e.Amount, currency)} · {Labels.Date(e.On)}" + (e.Reference is null ? "" : $" · 凭证 ref. {e.Reference}")),
        DeductedFromDeposit e => ("从保证金扣除 Deducted from deposit", $"{Labels.Money(e.Amount, currency)} · {Labels.Date(e.On)}"),
        ClaimWaived e => ("放弃索赔 Claim waived", e.Reason),
        ClaimClosed e => ("关闭 Claim closed", e.Reason),
        ClaimReopened e => ("重新打开 Claim reopened", e.Reason),
        NoteAdded e => ("备注 Note", e.Text),
        FilingDeadlineApproaching e => ("索赔即将到期 Filing deadline approaching", $"提交截止 file by {Labels.Date(e.FileBy)}"),
        DepositDeducted e => ("保证金扣款 Deposit deducted", Labels.Money(e.Amount, e.Currency)),
        _ => (data.GetType().Name, null),
    };

    private static string IncidentName(IncidentReported e) => Claims.Contracts.Model.IncidentTypeNames.Name(e.Incident);
}
