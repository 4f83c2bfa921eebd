namespace Claims.Contracts.Model;

/// <summary>Forward (to the customer) or return (back to the shop); a waybill may have one claim of each.</summary>
public enum Direction
{
    Forward,
    Return,
}
