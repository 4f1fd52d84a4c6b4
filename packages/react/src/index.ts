'use client'

export * from '@recourse/core'
