"""SCIM 2.0 service provider (RFC 7643/7644) at ``/scim/v2`` for HRIS provisioning."""
